import { boolean, date, index, integer, numeric, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PaymentStatus } from '../../domain/item-status';
import type { ItemKind } from '../../domain/money-summary';
import { paymentsSchema } from './payments-schema';
import { policies } from './policies';

/**
 * One planned amount of a schedule: an instalment the client owes, a commission income the insurer
 * owes, or an expense the broker pays. `settled` is the sum of its ledger entries, kept in the same
 * transaction as every entry so reads never add up the ledger.
 */
export const scheduleItems = paymentsSchema.table(
  'schedule_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => policies.id),
    dealId: uuid('deal_id').notNull(),
    kind: text('kind').$type<ItemKind>().notNull(),
    /** Place in the policy terms; null when added by hand (regeneration leaves those alone). */
    position: integer('position'),
    description: text('description'),
    dueDate: date('due_date', { mode: 'string' }),
    amount: numeric('amount').notNull(),
    settled: numeric('settled').notNull().default('0'),
    currency: text('currency').notNull(),
    status: text('status').$type<PaymentStatus>().notNull().default('PLANNED'),
    /** TERMS: generated from the policy; MANUAL: added or corrected by a person. */
    origin: text('origin').$type<'TERMS' | 'MANUAL'>().notNull().default('TERMS'),
    hasActuals: boolean('has_actuals').notNull().default(false),
    /** Why a CANCELLED item was cancelled by the system (POLICY_CANCELLED); null otherwise. */
    cancellationReason: text('cancellation_reason').$type<'POLICY_CANCELLED'>(),
    /** When the overdue job flagged it (and published the event); cleared when the due date moves. */
    overdueAt: timestamp('overdue_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('schedule_items_policy_idx').on(t.policyId, t.kind, t.position),
    index('schedule_items_deal_idx').on(t.organizationId, t.dealId),
    index('schedule_items_due_idx').on(t.kind, t.status, t.dueDate),
  ],
);

export type ScheduleItemRow = typeof scheduleItems.$inferSelect;
