import type { Executor } from '@crm/platform';
import { createOutboxPublisher } from '@crm/platform/bus';
import { outbox, type TaskCommentRow, type TaskRow } from '../db/schema';
import type { TaskStatus } from '../services/task-values';

/** Tasks' events, typed over the contracts; each is written in the caller's transaction. */
export interface TaskEventsPublisher {
  created(tx: Executor, task: TaskRow, actorId: string): Promise<void>;
  assigned(tx: Executor, task: TaskRow & { assigneeId: string }, previousAssigneeId: string | null, actorId: string): Promise<void>;
  statusChanged(tx: Executor, task: TaskRow, from: TaskStatus, actorId: string): Promise<void>;
  commented(tx: Executor, task: TaskRow, comment: TaskCommentRow): Promise<void>;
}

function taskState(task: TaskRow) {
  return {
    taskId: task.id,
    organizationId: task.organizationId,
    dealId: task.dealId,
    kind: task.kind,
    title: task.title,
    authorId: task.authorId,
    assigneeId: task.assigneeId,
    status: task.status,
    dueDate: task.dueDate,
    calculationId: task.calculationId,
    policyId: task.policyId,
  };
}

export function createTaskEventsPublisher(): TaskEventsPublisher {
  const publisher = createOutboxPublisher({ source: 'tasks', tables: { outbox } });
  const common = (task: TaskRow, actorId: string) => ({ orgId: task.organizationId, actorId, subject: task.id });
  return {
    async created(tx, task, actorId) {
      await publisher.publish(tx, 'tasks.task.created', { ...common(task, actorId), data: { ...taskState(task), version: task.version } });
    },
    async assigned(tx, task, previousAssigneeId, actorId) {
      await publisher.publish(tx, 'tasks.task.assigned', {
        ...common(task, actorId),
        data: { ...taskState(task), assigneeId: task.assigneeId, previousAssigneeId, actorId, version: task.version },
      });
    },
    async statusChanged(tx, task, from, actorId) {
      await publisher.publish(tx, 'tasks.task.status_changed', {
        ...common(task, actorId),
        data: { ...taskState(task), from, to: task.status, actorId, version: task.version },
      });
    },
    async commented(tx, task, comment) {
      await publisher.publish(tx, 'tasks.task.commented', {
        ...common(task, comment.authorId),
        data: { ...taskState(task), commentId: comment.id, commentAuthorId: comment.authorId, text: comment.text },
      });
    },
  };
}
