import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setDealReviewDate: MutationResolvers['setDealReviewDate'] = async (_parent, { input }, { identity, services }) => ({ deal: await services.deals.setReviewDate(identity, input) });
