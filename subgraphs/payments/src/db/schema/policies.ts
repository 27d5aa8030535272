import { date, index, integer, numeric, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { paymentsSchema } from './payments-schema';

/** The CRM policy's terms as last applied (from `crm.policy.*`): the source a schedule is generated from. */
export const policies = paymentsSchema.table(
  'policies',
  {
    /** The CRM policy id. */
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    dealId: uuid('deal_id').notNull(),
    clientId: uuid('client_id').notNull(),
    /** The seller the commission report groups by. */
    dealOwnerId: uuid('deal_owner_id').notNull(),
    number: text('number').notNull(),
    insurerName: text('insurer_name').notNull(),
    productName: text('product_name').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    currency: text('currency').notNull(),
    premium: numeric('premium').notNull(),
    commissionKind: text('commission_kind').$type<'RATE' | 'AMOUNT'>().notNull(),
    commissionRate: numeric('commission_rate'),
    commissionAmount: numeric('commission_amount'),
    /** The CRM policy version applied; an event with a version not above it is ignored. */
    termsVersion: integer('terms_version').notNull(),
    /** Grows with every change to the schedule or its money; clients see it as the schedule's version. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('policies_deal_idx').on(t.organizationId, t.dealId), index('policies_owner_idx').on(t.organizationId, t.dealOwnerId)],
);

export type PolicyRow = typeof policies.$inferSelect;
