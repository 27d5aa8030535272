import { index, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tasks } from './tasks';
import { tasksSchema } from './tasks-schema';

/** Append-only: a comment is never edited or deleted. */
export const taskComments = tasksSchema.table(
  'task_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    authorId: uuid('author_id').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('task_comments_task_idx').on(t.taskId, t.createdAt)],
);

export type TaskCommentRow = typeof taskComments.$inferSelect;
