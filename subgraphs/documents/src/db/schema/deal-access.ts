import { accessSettingsTable, dealAccessTable } from '@crm/deal-access';
import { index, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { documentsSchema } from './documents-schema';

/** CRM's deal visibility, mirrored from its events (ADR 0008, 0015): the rule is `@crm/deal-access`. */
export const dealAccess = dealAccessTable(documentsSchema, { eventTimeColumn: 'event_time' });
export const crmSettings = accessSettingsTable(documentsSchema);

/**
 * Assignees of tasks on a deal, from `tasks.task.assigned`: CRM makes them participants, but the
 * executor opens the folder the moment the task reaches them (SPEC step 4), before CRM's deal event does.
 */
export const taskAssignees = documentsSchema.table(
  'task_assignees',
  {
    dealId: uuid('deal_id').notNull(),
    userId: uuid('user_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.dealId, t.userId] }), index('task_assignees_user_idx').on(t.organizationId, t.userId)],
);

export type DealAccessRow = typeof dealAccess.$inferSelect;
