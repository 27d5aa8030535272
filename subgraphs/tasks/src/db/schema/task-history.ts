import { bigserial, index, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tasks } from './tasks';
import { tasksSchema } from './tasks-schema';

/** One row per changed field, written in the transaction of the change. */
export const taskHistory = tasksSchema.table(
  'task_history',
  {
    // A sequence, not a random id: rows of one change share `at`, and the order must still be stable.
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    actorId: uuid('actor_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    field: text('field').notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value'),
  },
  (t) => [index('task_history_task_idx').on(t.taskId, t.seq)],
);

export type TaskHistoryRow = typeof taskHistory.$inferSelect;
