import { date, index, integer, jsonb, numeric, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { calculations } from './calculations';
import { crmSchema } from './crm-schema';
import { deals } from './deals';
import { insuranceProducts, insurers } from './reference';

export type PolicyStatus = 'DRAFT' | 'ACTIVE' | 'EXPIRED' | 'CANCELLED';
/** Amounts are decimal strings in the policy's currency. */
export interface InstalmentPlan {
  dueDate: string;
  amount: string;
}
export interface PlannedExpensePlan {
  description: string;
  amount: string;
  dueDate: string | null;
}

export const policies = crmSchema.table(
  'policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id),
    calculationId: uuid('calculation_id').references(() => calculations.id),
    number: text('number').notNull(),
    insurerId: uuid('insurer_id')
      .notNull()
      .references(() => insurers.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => insuranceProducts.id),
    insuredObject: text('insured_object'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    currency: text('currency').notNull(),
    premium: numeric('premium', { precision: 24, scale: 4 }).notNull(),
    instalments: jsonb('instalments').$type<InstalmentPlan[]>().notNull(),
    commissionRate: numeric('commission_rate', { precision: 12, scale: 6 }),
    commissionAmount: numeric('commission_amount', { precision: 24, scale: 4 }),
    plannedExpenses: jsonb('planned_expenses').$type<PlannedExpensePlan[]>().notNull().default([]),
    status: text('status').$type<PolicyStatus>().notNull().default('ACTIVE'),
    /** From `payments.schedule.changed`; `scheduleAsOf` keeps an older event from overwriting a newer one. */
    nextUnpaidDueDate: date('next_unpaid_due_date', { mode: 'string' }),
    scheduleAsOf: timestamp('schedule_as_of', { withTimezone: true }),
    renewalOfPolicyId: uuid('renewal_of_policy_id').references((): AnyPgColumn => policies.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('policies_organization_insurer_number_key').on(t.organizationId, t.insurerId, t.number),
    index('policies_deal_idx').on(t.dealId),
  ],
);

export type PolicyRow = typeof policies.$inferSelect;
