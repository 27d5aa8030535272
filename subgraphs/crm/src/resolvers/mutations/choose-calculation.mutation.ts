import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const chooseCalculation: MutationResolvers['chooseCalculation'] = (_parent, { input }, { identity, services }) => services.calculations.chooseCalculation(identity, input);
