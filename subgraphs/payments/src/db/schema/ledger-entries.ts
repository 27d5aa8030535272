import { date, index, numeric, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { ItemKind } from '../../domain/money-summary';
import { paymentsSchema } from './payments-schema';
import { scheduleItems } from './schedule-items';

/**
 * Money actually moved against a schedule item: a payment, a receipt, or the reversal of one (the
 * negated amount, pointing at what it reverses). Append-only: a correction is a new row, never an edit.
 */
export const ledgerEntries = paymentsSchema.table(
  'ledger_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => scheduleItems.id),
    policyId: uuid('policy_id').notNull(),
    kind: text('kind').$type<ItemKind>().notNull(),
    amount: numeric('amount').notNull(),
    currency: text('currency').notNull(),
    /** The day the money moved; a reversal keeps the original's day so month reports net to zero. */
    onDate: date('on_date', { mode: 'string' }).notNull(),
    method: text('method'),
    statementReference: text('statement_reference'),
    note: text('note'),
    /** Unique: an entry is reversed at most once. */
    reversesEntryId: uuid('reverses_entry_id')
      .unique()
      .references((): AnyPgColumn => ledgerEntries.id),
    actorId: uuid('actor_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ledger_entries_item_idx').on(t.itemId, t.createdAt), index('ledger_entries_report_idx').on(t.organizationId, t.kind, t.onDate)],
);

export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
