import type { TextParams } from '@crm/texts';
import { index, integer, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { crmSchema } from './crm-schema';
import { deals } from './deals';

export type JournalKind = 'NOTE' | 'CALL' | 'MEETING' | 'SYSTEM';

export const journalEntries = crmSchema.table(
  'journal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id),
    /** Null for entries the system writes. */
    authorId: uuid('author_id'),
    kind: text('kind').$type<JournalKind>().notNull(),
    /** As written (people), or a SYSTEM entry's Russian rendering (search, events, rows from before codes). */
    text: text('text').notNull(),
    /** A SYSTEM entry's text as a reason code and parameters (`crm.journal.taskDone`), rendered in the reader's language; money kept typed (ADR 0078). */
    textReason: text('text_reason'),
    textParams: jsonb('text_params').$type<TextParams>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('journal_entries_deal_created_idx').on(t.dealId, t.createdAt, t.id)],
);

/** Every superseded version of an entry: the journal is never silently edited. */
export const journalEntryRevisions = crmSchema.table(
  'journal_entry_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => journalEntries.id),
    version: integer('version').notNull(),
    kind: text('kind').$type<JournalKind>().notNull(),
    text: text('text').notNull(),
    authorId: uuid('author_id'),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('journal_entry_revisions_entry_idx').on(t.entryId, t.version)],
);

export type JournalEntryRow = typeof journalEntries.$inferSelect;
export type JournalEntryRevisionRow = typeof journalEntryRevisions.$inferSelect;
