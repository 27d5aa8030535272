import { timeOrderedId } from '@crm/platform';
import { date, index, integer, numeric, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { crmSchema } from './crm-schema';
import { deals } from './deals';
import { insuranceProducts, insurers } from './reference';

export type CalculationStatus = 'DRAFT' | 'READY' | 'SENT' | 'CHOSEN' | 'REJECTED';

/** An insurer's quote for a deal; amounts share the calculation's one currency. */
export const calculations = crmSchema.table(
  'calculations',
  {
    // Time-ordered like deal ids: Tasks waits briefly for a calculation only while it is young (ADR 0073).
    id: uuid('id').primaryKey().defaultRandom().$defaultFn(() => timeOrderedId()),
    organizationId: uuid('organization_id').notNull(),
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id),
    insurerId: uuid('insurer_id')
      .notNull()
      .references(() => insurers.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => insuranceProducts.id),
    insuredObject: text('insured_object'),
    currency: text('currency').notNull(),
    sumInsured: numeric('sum_insured', { precision: 24, scale: 4 }),
    premium: numeric('premium', { precision: 24, scale: 4 }),
    commissionRate: numeric('commission_rate', { precision: 12, scale: 6 }),
    commissionAmount: numeric('commission_amount', { precision: 24, scale: 4 }),
    deductible: text('deductible'),
    terms: text('terms'),
    validUntil: date('valid_until', { mode: 'string' }),
    variantLabel: text('variant_label'),
    notes: text('notes'),
    authorId: uuid('author_id').notNull(),
    status: text('status').$type<CalculationStatus>().notNull().default('DRAFT'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('calculations_deal_idx').on(t.dealId, t.createdAt)],
);

export type CalculationRow = typeof calculations.$inferSelect;
