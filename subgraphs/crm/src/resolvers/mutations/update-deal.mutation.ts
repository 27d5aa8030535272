import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateDeal: MutationResolvers['updateDeal'] = async (_parent, { input }, { identity, services }) => ({ deal: await services.deals.updateDeal(identity, input) });
