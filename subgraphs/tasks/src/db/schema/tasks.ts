import { sql } from 'drizzle-orm';
import { date, index, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TaskKind, TaskPriority, TaskStatus } from '../../services/task-values';
import { tasksSchema } from './tasks-schema';

export const tasks = tasksSchema.table(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    /** CRM's deal id; CRM owns the deal, so there is no foreign key, only the deal-access read model. */
    dealId: uuid('deal_id'),
    /** The calculation (variant) the task is about, on its deal; CRM resolves it with its own access check. */
    calculationId: uuid('calculation_id'),
    /** The policy the task is about, on its deal; likewise CRM's. */
    policyId: uuid('policy_id'),
    kind: text('kind').$type<TaskKind>().notNull(),
    title: text('title').notNull(),
    description: text('description'),
    authorId: uuid('author_id').notNull(),
    assigneeId: uuid('assignee_id'),
    dueDate: date('due_date', { mode: 'string' }),
    priority: text('priority').$type<TaskPriority>().notNull(),
    status: text('status').$type<TaskStatus>().notNull(),
    version: integer('version').notNull().default(1),
    // Written from the service clock with millisecond precision, so cursors round-trip exactly.
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('tasks_assignee_due_idx').on(t.organizationId, t.assigneeId, t.dueDate),
    index('tasks_author_due_idx').on(t.organizationId, t.authorId, t.dueDate),
    index('tasks_deal_idx').on(t.dealId).where(sql`${t.dealId} IS NOT NULL`),
  ],
);

export type TaskRow = typeof tasks.$inferSelect;
