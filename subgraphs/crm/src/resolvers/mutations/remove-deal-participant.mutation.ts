import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const removeDealParticipant: MutationResolvers['removeDealParticipant'] = async (_parent, { input }, { identity, services }) => ({ deal: await services.deals.removeParticipant(identity, input) });
