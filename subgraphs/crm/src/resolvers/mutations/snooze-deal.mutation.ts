import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const snoozeDeal: MutationResolvers['snoozeDeal'] = async (_parent, { input }, { identity, services }) => ({ deal: await services.deals.snooze(identity, input) });
