import { appError, ErrorCode } from '@crm/platform';
import type { JournalEntryResolvers, JournalEntryRevisionResolvers } from '../__generated__/resolvers-types';
import { journalEntryText } from '../services/journal-writer';
import { userRef } from './user-ref';
import { crmText } from '../crm.texts';

export const journalEntryResolvers: JournalEntryResolvers = {
  deal: async (entry, _args, { loaders }) => {
    const deal = await loaders.deal.load(entry.dealId);
    if (!deal) throw appError(ErrorCode.NotFound, { text: crmText('noSuchDeal') });
    return deal;
  },
  /** In the reader's language (the request's Accept-Language) when the system wrote it as a code. */
  text: (entry) => journalEntryText(entry),
  author: (entry) => (entry.authorId ? userRef(entry.authorId) : null),
  edited: (entry) => entry.version > 1,
  history: (entry, _args, { loaders }) => (entry.version > 1 ? loaders.journalHistory.load(entry.id) : []),
};

export const journalEntryRevisionResolvers: JournalEntryRevisionResolvers = {
  author: (revision) => (revision.authorId ? userRef(revision.authorId) : null),
};
