import { appError, ErrorCode, parseInput, type Identity, type UserIdentity } from '@crm/platform';
import { tasks, type TaskRow } from '../db/schema';
import { requireUser } from '@crm/platform';
import { assignTaskInput, createTaskInput, updateTaskInput } from './input-schemas';
import type { DealCalculationsService } from './deal-calculations.service';
import type { ServiceDeps } from './service-deps';
import { canManageTask, requireMayAssignOnDeal, requireMayWorkOnDeal } from './task-access';
import { OPEN_STATUSES } from './task-transitions';
import { forbidden, lockTask, recordHistory, writeChanges, type FieldChange } from './task-writes';
import { tasksText } from '../tasks.texts';

const EDITABLE = ['kind', 'title', 'description', 'dueDate', 'priority'] as const;

export function createTasksService(deps: ServiceDeps & { dealCalculations: DealCalculationsService }) {
  const { db, clock, events, knownUsers, deals, dealCalculations } = deps;

  /** A task on a deal needs access to it; a deal Tasks has not heard of yet gets a grace period (ADR 0008). */
  async function requireDealForNewTask(identity: UserIdentity, dealId: string, assigneeId: string | null | undefined): Promise<void> {
    const deal = await deals.waitFor(identity.orgId, dealId);
    if (!deal) throw appError(ErrorCode.NotFound, { text: tasksText('noSuchDeal'), field: 'input.dealId' });
    requireMayWorkOnDeal(identity, deal);
    if (deal.archived) throw appError(ErrorCode.BadUserInput, { text: tasksText('dealArchived'), field: 'input.dealId' });
    if (assigneeId) requireMayAssignOnDeal(identity, deal, assigneeId);
  }

  async function createTask(caller: Identity | null, input: unknown): Promise<TaskRow> {
    const identity = requireUser(caller);
    const data = parseInput(createTaskInput, input);
    if (data.dealId) await requireDealForNewTask(identity, data.dealId, data.assigneeId);
    if (data.calculationId && (await dealCalculations.dealOf(identity.orgId, data.calculationId)) !== data.dealId) {
      throw appError(ErrorCode.BadUserInput, { text: tasksText('calculationNotOnDeal'), field: 'input.calculationId' });
    }
    return db.transaction(async (tx) => {
      await knownUsers.registerCaller(tx, identity);
      if (data.assigneeId) await knownUsers.requireAssignable(tx, identity.orgId, data.assigneeId, 'input.assigneeId');
      const now = clock();
      const [task] = await tx
        .insert(tasks)
        .values({
          organizationId: identity.orgId,
          dealId: data.dealId ?? null,
          calculationId: data.calculationId ?? null,
          policyId: data.policyId ?? null,
          kind: data.kind,
          title: data.title,
          description: data.description ?? null,
          authorId: identity.userId,
          assigneeId: data.assigneeId ?? null,
          dueDate: data.dueDate ?? null,
          priority: data.priority ?? 'NORMAL',
          status: 'NEW',
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!task) throw new Error('insert returned no task');
      const changes: FieldChange[] = [{ field: 'created', from: null, to: task.status }];
      if (task.assigneeId) changes.push({ field: 'assignee', from: null, to: task.assigneeId });
      await recordHistory(tx, task, changes, identity.userId, now);
      await events.created(tx, task, identity.userId);
      if (task.assigneeId) await events.assigned(tx, { ...task, assigneeId: task.assigneeId }, null, identity.userId);
      return task;
    });
  }

  function requireOpen(task: TaskRow, field: string): void {
    if (!OPEN_STATUSES.includes(task.status)) {
      throw appError(ErrorCode.BadUserInput, { text: tasksText('closedTask', { status: task.status }), field });
    }
  }

  async function updateTask(caller: Identity | null, input: unknown): Promise<TaskRow> {
    const identity = requireUser(caller);
    const data = parseInput(updateTaskInput, input);
    return db.transaction(async (tx) => {
      const { task } = await lockTask(tx, deals, identity, data, (locked) => {
        if (!canManageTask(identity, locked.task, locked.deal)) forbidden(tasksText('editNotAllowed'));
      });
      requireOpen(task, 'input.id');
      const values: Partial<Pick<TaskRow, (typeof EDITABLE)[number]>> = {};
      const changes: FieldChange[] = [];
      for (const field of EDITABLE) {
        const next = data[field];
        if (next === undefined || next === task[field]) continue;
        Object.assign(values, { [field]: next });
        changes.push({ field, from: task[field], to: next });
      }
      if (changes.length === 0) return task;
      return writeChanges(tx, task, values, changes, identity.userId, clock());
    });
  }

  async function assignTask(caller: Identity | null, input: unknown): Promise<TaskRow> {
    const identity = requireUser(caller);
    const data = parseInput(assignTaskInput, input);
    return db.transaction(async (tx) => {
      const { task } = await lockTask(tx, deals, identity, data, (locked) => {
        if (!canManageTask(identity, locked.task, locked.deal)) forbidden(tasksText('reassignNotAllowed'));
        requireMayAssignOnDeal(identity, locked.deal, data.assigneeId);
      });
      requireOpen(task, 'input.id');
      await knownUsers.registerCaller(tx, identity);
      await knownUsers.requireAssignable(tx, identity.orgId, data.assigneeId, 'input.assigneeId');
      if (task.assigneeId === data.assigneeId) return task;
      const changes = [{ field: 'assignee', from: task.assigneeId, to: data.assigneeId }];
      const updated = await writeChanges(tx, task, { assigneeId: data.assigneeId }, changes, identity.userId, clock());
      await events.assigned(tx, { ...updated, assigneeId: data.assigneeId }, task.assigneeId, identity.userId);
      return updated;
    });
  }

  return { createTask, updateTask, assignTask };
}

export type TasksService = ReturnType<typeof createTasksService>;
