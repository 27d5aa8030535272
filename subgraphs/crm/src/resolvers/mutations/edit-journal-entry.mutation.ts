import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const editJournalEntry: MutationResolvers['editJournalEntry'] = async (_parent, { input }, { identity, services }) => ({ entry: await services.journal.editEntry(identity, input) });
