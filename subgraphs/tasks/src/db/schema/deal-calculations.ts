import { index, uuid } from 'drizzle-orm/pg-core';
import { tasksSchema } from './tasks-schema';

/**
 * Read model of which deal each CRM calculation belongs to (`crm.calculation.*` events; ADR 0073): a
 * task about a calculation must be on that calculation's deal. A calculation never moves between deals.
 */
export const dealCalculations = tasksSchema.table(
  'deal_calculations',
  {
    calculationId: uuid('calculation_id').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    dealId: uuid('deal_id').notNull(),
  },
  (t) => [index('deal_calculations_organization_idx').on(t.organizationId)],
);

export type DealCalculationRow = typeof dealCalculations.$inferSelect;
