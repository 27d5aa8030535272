import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateCalculation: MutationResolvers['updateCalculation'] = async (_parent, { input }, { identity, services }) => ({ calculation: await services.calculations.updateCalculation(identity, input) });
