import type { Tx } from '@crm/platform';
import { and, eq, inArray } from 'drizzle-orm';
import { taskComments, tasks, type TaskRow } from '../db/schema';
import { tasksText } from '../tasks.texts';
import type { ServiceDeps } from './service-deps';
import { OPEN_STATUSES } from './task-transitions';
import { writeChanges } from './task-writes';

/**
 * An archived deal has no work left (ADR 0052): its open tasks are cancelled, each with a SYSTEM
 * comment saying why, in the name of whoever archived it. Unarchiving does not reopen them
 * (`reopenTask` does, one by one). Idempotent: a redelivered event finds nothing open.
 */
export function createArchivedDealTasks({ clock, events }: Pick<ServiceDeps, 'clock' | 'events'>) {
  return async function cancelOpenTasks(tx: Tx, organizationId: string, dealId: string, actorId: string | null): Promise<TaskRow[]> {
    const open = await tx
      .select()
      .from(tasks)
      .where(and(eq(tasks.organizationId, organizationId), eq(tasks.dealId, dealId), inArray(tasks.status, [...OPEN_STATUSES])))
      .orderBy(tasks.createdAt)
      .for('update');
    const now = clock();
    const reason = tasksText('cancelledDealArchived');
    const cancelled: TaskRow[] = [];
    for (const task of open) {
      const actor = actorId ?? task.authorId;
      const updated = await writeChanges(tx, task, { status: 'CANCELLED', completedAt: null }, [{ field: 'status', from: task.status, to: 'CANCELLED' }], actor, now);
      await events.statusChanged(tx, updated, task.status, actor);
      const [comment] = await tx
        .insert(taskComments)
        .values({ organizationId, taskId: task.id, authorId: actor, kind: 'SYSTEM', reasonCode: reason.reason, text: reason.render('ru'), createdAt: now })
        .returning();
      await events.commented(tx, updated, comment!);
      cancelled.push(updated);
    }
    return cancelled;
  };
}
