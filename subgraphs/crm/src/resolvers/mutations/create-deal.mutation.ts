import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createDeal: MutationResolvers['createDeal'] = (_parent, { input }, { identity, services }) => services.deals.createDeal(identity, input);
