import { appError, ErrorCode, platformText, type Tx, type UserIdentity } from '@crm/platform';
import { and, eq, sql } from 'drizzle-orm';
import { taskHistory, tasks, type DealAccessRow, type TaskRow } from '../db/schema';
import type { DealAccessService } from './deal-access.service';
import { canSeeTask } from './task-access';
import { tasksText } from '../tasks.texts';
import type { Text } from '@crm/texts';

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface LockedTask {
  task: TaskRow;
  deal: DealAccessRow | null;
}

/**
 * Locks the task for the rest of the transaction, then checks in this order: the caller may see it
 * (else NOT_FOUND — invisible tasks do not exist), `authorize` (FORBIDDEN), and the version (CONFLICT).
 */
export async function lockTask(
  tx: Tx,
  deals: DealAccessService,
  identity: UserIdentity,
  input: { id: string; version?: number; field?: string },
  authorize: (locked: LockedTask) => void,
): Promise<LockedTask> {
  const field = input.field ?? 'input.id';
  const [task] = await tx.select().from(tasks).where(and(eq(tasks.id, input.id), eq(tasks.organizationId, identity.orgId))).for('update');
  const deal = task?.dealId ? await deals.find(tx, identity.orgId, task.dealId) : null;
  const settings = await deals.settingsOf(tx, identity.orgId);
  if (!task || !canSeeTask(identity, task, deal, settings)) throw appError(ErrorCode.NotFound, { text: tasksText('noSuchTask'), field });
  authorize({ task, deal });
  if (input.version !== undefined && task.version !== input.version) {
    throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version' });
  }
  return { task, deal };
}

export function forbidden(text: Text): never {
  throw appError(ErrorCode.Forbidden, { text });
}

/** Writes the new values, bumps the version and records one history row per changed field. */
export async function writeChanges(
  tx: Tx,
  task: TaskRow,
  values: Partial<Pick<TaskRow, 'kind' | 'title' | 'description' | 'dueDate' | 'priority' | 'status' | 'assigneeId' | 'completedAt'>>,
  changes: readonly FieldChange[],
  actorId: string,
  at: Date,
): Promise<TaskRow> {
  const [updated] = await tx
    .update(tasks)
    .set({ ...values, version: sql`${tasks.version} + 1`, updatedAt: at })
    .where(and(eq(tasks.id, task.id), eq(tasks.version, task.version)))
    .returning();
  if (!updated) throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version' });
  await recordHistory(tx, updated, changes, actorId, at);
  return updated;
}

export async function recordHistory(tx: Tx, task: TaskRow, changes: readonly FieldChange[], actorId: string, at: Date): Promise<void> {
  if (changes.length === 0) return;
  await tx.insert(taskHistory).values(
    changes.map((change) => ({ organizationId: task.organizationId, taskId: task.id, actorId, at, field: change.field, fromValue: change.from, toValue: change.to })),
  );
}
