import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setDealArchived: MutationResolvers['setDealArchived'] = async (_parent, { input }, { identity, services }) => ({ deal: await services.deals.setArchived(identity, input) });
