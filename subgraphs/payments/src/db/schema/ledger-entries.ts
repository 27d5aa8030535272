import { sql } from 'drizzle-orm';
import { date, index, numeric, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
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
    /** The payer's own reference for this payment (a partner's transaction id): one entry per reference and kind in an organisation. */
    reference: text('reference'),
    /** Unique: an entry is reversed at most once. */
    reversesEntryId: uuid('reverses_entry_id')
      .unique()
      .references((): AnyPgColumn => ledgerEntries.id),
    actorId: uuid('actor_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ledger_entries_item_idx').on(t.itemId, t.createdAt),
    index('ledger_entries_report_idx').on(t.organizationId, t.kind, t.onDate),
    uniqueIndex('ledger_entries_reference_key').on(t.organizationId, t.kind, t.reference).where(sql`${t.reference} is not null`),
  ],
);

export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
