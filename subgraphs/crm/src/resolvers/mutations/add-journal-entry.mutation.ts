import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const addJournalEntry: MutationResolvers['addJournalEntry'] = async (_parent, { input }, { identity, services }) => ({ entry: await services.journal.addEntry(identity, input) });
