import { parseInput, type Identity } from '@crm/platform';
import { asc, inArray } from 'drizzle-orm';
import { taskComments, type TaskCommentRow, type TaskRow } from '../db/schema';
import { requireUser } from '@crm/platform';
import { addTaskCommentInput } from './input-schemas';
import type { ServiceDeps } from './service-deps';
import { lockTask } from './task-writes';

export function createTaskCommentsService(deps: ServiceDeps) {
  const { db, clock, events, deals } = deps;

  /** Anyone who can see the task; appending never overwrites, so there is no version to check. */
  async function addComment(caller: Identity | null, input: unknown): Promise<{ task: TaskRow; comment: TaskCommentRow }> {
    const identity = requireUser(caller);
    const data = parseInput(addTaskCommentInput, input);
    return db.transaction(async (tx) => {
      // The lock orders comments with status changes: the event carries the task state the comment was made on.
      const { task } = await lockTask(tx, deals, identity, { id: data.taskId, field: 'input.taskId' }, () => undefined);
      const [comment] = await tx
        .insert(taskComments)
        .values({ organizationId: task.organizationId, taskId: task.id, authorId: identity.userId, text: data.text, createdAt: clock() })
        .returning();
      if (!comment) throw new Error('insert returned no comment');
      await events.commented(tx, task, comment);
      return { task, comment };
    });
  }

  /** Batch read for the loaders; callers pass only ids of tasks the caller may see. */
  async function commentsByTaskIds(taskIds: readonly string[]): Promise<TaskCommentRow[]> {
    if (taskIds.length === 0) return [];
    return db.select().from(taskComments).where(inArray(taskComments.taskId, [...taskIds])).orderBy(asc(taskComments.createdAt), asc(taskComments.id));
  }

  return { addComment, commentsByTaskIds };
}

export type TaskCommentsService = ReturnType<typeof createTaskCommentsService>;
