import { timestamp, uuid } from 'drizzle-orm/pg-core';
import { crmSchema } from './crm-schema';

/**
 * Read model of what Tasks' tasks are about (`tasks.task.created`, ADR 0052): lets `createPolicy` take
 * the calculation from the task that asked for the policy. Only tasks naming a calculation are kept.
 */
export const taskObjects = crmSchema.table('task_objects', {
  taskId: uuid('task_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  dealId: uuid('deal_id').notNull(),
  calculationId: uuid('calculation_id').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type TaskObjectRow = typeof taskObjects.$inferSelect;
