import { appError, ErrorCode, parseInput, type Identity } from '@crm/platform';
import { taskComments, type TaskRow } from '../db/schema';
import { requireUser } from '@crm/platform';
import { changeTaskStatusInput, reopenTaskInput } from './input-schemas';
import type { ServiceDeps } from './service-deps';
import { canChangeStatus, canManageTask } from './task-access';
import { canTransition, REOPENABLE, TASK_TRANSITIONS } from './task-transitions';
import { forbidden, lockTask, writeChanges } from './task-writes';
import { tasksText } from '../tasks.texts';

function transitionError(from: TaskRow['status'], to: TaskRow['status']) {
  const allowed = TASK_TRANSITIONS[from];
  return appError(ErrorCode.BadUserInput, {
    text: allowed.length === 0 ? tasksText('finalStatus', { from }) : tasksText('transition', { from, to, allowed: allowed.join(', ') }),
    field: 'input.status',
    extensions: { from, to, allowed },
  });
}

export function createTaskStatusService(deps: ServiceDeps) {
  const { db, clock, events, deals } = deps;

  async function changeTaskStatus(caller: Identity | null, input: unknown): Promise<TaskRow> {
    const identity = requireUser(caller);
    const data = parseInput(changeTaskStatusInput, input);
    return db.transaction(async (tx) => {
      const { task } = await lockTask(tx, deals, identity, data, (locked) => {
        if (!canChangeStatus(identity, locked.task, locked.deal, data.status)) {
          forbidden(tasksText(data.status === 'CANCELLED' ? 'cancelNotAllowed' : 'changeNotAllowed'));
        }
      });
      if (task.status === data.status) return task;
      if (!canTransition(task.status, data.status)) throw transitionError(task.status, data.status);
      const now = clock();
      const changes = [{ field: 'status', from: task.status, to: data.status }];
      const updated = await writeChanges(tx, task, { status: data.status, completedAt: data.status === 'DONE' ? now : null }, changes, identity.userId, now);
      await events.statusChanged(tx, updated, task.status, identity.userId);
      return updated;
    });
  }

  /** The explicit way back from DONE or CANCELLED: to NEW, with the reason kept as a comment. */
  async function reopenTask(caller: Identity | null, input: unknown): Promise<TaskRow> {
    const identity = requireUser(caller);
    const data = parseInput(reopenTaskInput, input);
    return db.transaction(async (tx) => {
      const { task } = await lockTask(tx, deals, identity, data, (locked) => {
        if (!canManageTask(identity, locked.task, locked.deal)) forbidden(tasksText('reopenNotAllowed'));
      });
      if (!REOPENABLE.includes(task.status)) {
        throw appError(ErrorCode.BadUserInput, { text: tasksText('notReopenable', { status: task.status }), field: 'input.id' });
      }
      const now = clock();
      const updated = await writeChanges(tx, task, { status: 'NEW', completedAt: null }, [{ field: 'status', from: task.status, to: 'NEW' }], identity.userId, now);
      await events.statusChanged(tx, updated, task.status, identity.userId);
      if (data.reason) {
        const [comment] = await tx
          .insert(taskComments)
          .values({ organizationId: task.organizationId, taskId: task.id, authorId: identity.userId, text: data.reason, createdAt: now })
          .returning();
        if (comment) await events.commented(tx, updated, comment);
      }
      return updated;
    });
  }

  return { changeTaskStatus, reopenTask };
}

export type TaskStatusService = ReturnType<typeof createTaskStatusService>;
