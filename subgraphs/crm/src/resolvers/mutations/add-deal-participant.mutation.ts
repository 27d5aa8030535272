import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const addDealParticipant: MutationResolvers['addDealParticipant'] = async (_parent, { input }, { identity, services }) => ({ deal: await services.deals.addParticipant(identity, input) });
