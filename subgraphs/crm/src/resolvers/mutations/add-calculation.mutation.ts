import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const addCalculation: MutationResolvers['addCalculation'] = async (_parent, { input }, { identity, services }) => ({ calculation: await services.calculations.addCalculation(identity, input) });
