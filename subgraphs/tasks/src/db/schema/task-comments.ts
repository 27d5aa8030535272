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
    /** For a SYSTEM comment: the user whose action caused it (e.g. who archived the deal). */
    authorId: uuid('author_id').notNull(),
    /** USER: written by a person; SYSTEM: written by Tasks itself, its text a reason code (ADR 0033). */
    kind: text('kind', { enum: ['USER', 'SYSTEM'] }).notNull().default('USER'),
    /** SYSTEM comments: the reason code rendered in the reader's language; `text` keeps the Russian. */
    reasonCode: text('reason_code'),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('task_comments_task_idx').on(t.taskId, t.createdAt)],
);

export type TaskCommentRow = typeof taskComments.$inferSelect;
