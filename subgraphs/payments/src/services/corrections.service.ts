import type { Identity } from '@crm/platform';
import { appError, ErrorCode, parseInput } from '@crm/platform';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { scheduleConflicts, scheduleItems, type ScheduleConflictRow } from '../db/schema';
import { moneyString } from '../domain/decimal';
import { itemStatus } from '../domain/item-status';
import type { ItemKind } from '../domain/money-summary';
import { requireUser } from './access';
import type { ItemWrite } from './actuals.service';
import { recomputeCommissionOf } from './commission-follows-instalment';
import { checkScale, daySchema, idSchema, optionalTextSchema, plannedAmountSchema, textSchema, versionSchema } from './input-schemas';
import { itemsOfPolicy, lockItem, lockWritablePolicy, touchPolicy } from './policy-lock';
import type { ServiceDeps } from './service-deps';
import { paymentsText } from '../payments.texts';

const addInputs = {
  INSTALMENT: z.object({ policyId: idSchema, dueDate: daySchema, amount: plannedAmountSchema }).transform((d) => ({ ...d, description: null })),
  EXPENSE: z.object({ policyId: idSchema, description: textSchema(500), amount: plannedAmountSchema, dueDate: daySchema.nullish().transform((v) => v ?? null) }),
};
const changes = { dueDate: daySchema.nullish(), amount: plannedAmountSchema.nullish(), description: optionalTextSchema(500).optional() };
const updateInputs = {
  INSTALMENT: z.object({ instalmentId: idSchema, version: versionSchema, dueDate: changes.dueDate, amount: changes.amount }).transform(({ instalmentId, ...d }) => ({ ...d, itemId: instalmentId, field: 'input.instalmentId' })),
  COMMISSION: z.object({ incomeId: idSchema, version: versionSchema, expectedDate: changes.dueDate, amount: changes.amount }).transform(({ incomeId, expectedDate, ...d }) => ({ ...d, dueDate: expectedDate, itemId: incomeId, field: 'input.incomeId' })),
  EXPENSE: z.object({ expenseId: idSchema, version: versionSchema, dueDate: changes.dueDate, amount: changes.amount, description: changes.description }).transform(({ expenseId, ...d }) => ({ ...d, itemId: expenseId, field: 'input.expenseId' })),
};
const resolveInput = z.object({ conflictId: idSchema, resolution: textSchema(1000) });

/** Hand corrections: a person adds or changes planned items; recorded money is never touched here. */
export function createCorrectionsService(deps: ServiceDeps) {
  const { db, clock, events } = deps;

  async function addItem(caller: Identity | null, kind: 'INSTALMENT' | 'EXPENSE', input: unknown): Promise<ItemWrite> {
    const user = requireUser(caller);
    const data = parseInput(addInputs[kind], input);
    return db.transaction(async (tx) => {
      const now = clock();
      const policy = await lockWritablePolicy(tx, user, data.policyId, 'input.policyId');
      checkScale(data.amount, policy.currency);
      const amount = moneyString(data.amount, policy.currency);
      const [item] = await tx
        .insert(scheduleItems)
        .values({
          organizationId: policy.organizationId,
          policyId: policy.id,
          dealId: policy.dealId,
          kind,
          position: null,
          description: data.description,
          dueDate: data.dueDate,
          amount,
          currency: policy.currency,
          status: itemStatus({ amount, settled: '0', cancelled: false, overdue: false }),
          origin: 'MANUAL',
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!item) throw new Error('item insert returned nothing');
      const touched = await touchPolicy(tx, policy, now);
      await events.scheduleChanged(tx, touched, await itemsOfPolicy(tx, policy.id), user.userId);
      return { item, entry: null };
    });
  }

  /** Changes a planned amount or date; the item becomes MANUAL and keeps whatever was paid against it. */
  async function updateItem(caller: Identity | null, kind: ItemKind, input: unknown): Promise<ItemWrite> {
    const user = requireUser(caller);
    const data = parseInput(updateInputs[kind], input);
    if (kind === 'INSTALMENT' && data.dueDate === null) throw appError(ErrorCode.BadUserInput, { text: paymentsText('instalmentNeedsDueDate'), field: 'input.dueDate' });
    return db.transaction(async (tx) => {
      const now = clock();
      const { policy, item } = await lockItem(tx, user, kind, data.itemId, data.version, data.field);
      if (data.amount != null) checkScale(data.amount, item.currency);
      const amount = data.amount != null ? moneyString(data.amount, item.currency) : item.amount;
      const dueDate = data.dueDate !== undefined ? data.dueDate : item.dueDate;
      const description = 'description' in data && data.description !== undefined ? data.description : item.description;
      if (kind === 'EXPENSE' && !description) throw appError(ErrorCode.BadUserInput, { text: paymentsText('expenseNeedsDescription'), field: 'input.description' });
      const overdue = item.overdueAt !== null && dueDate === item.dueDate;
      const [updated] = await tx
        .update(scheduleItems)
        .set({
          amount,
          dueDate,
          description,
          overdueAt: overdue ? item.overdueAt : null,
          status: itemStatus({ amount, settled: item.settled, cancelled: item.status === 'CANCELLED', overdue }),
          origin: 'MANUAL',
          version: sql`${scheduleItems.version} + 1`,
          updatedAt: now,
        })
        .where(eq(scheduleItems.id, item.id))
        .returning();
      if (!updated) throw new Error('schedule item vanished under its lock');
      if (kind === 'INSTALMENT' && amount !== item.amount) await recomputeCommissionOf(tx, policy, updated, now);
      const touched = await touchPolicy(tx, policy, now);
      await events.scheduleChanged(tx, touched, await itemsOfPolicy(tx, policy.id), user.userId);
      return { item: updated, entry: null };
    });
  }

  async function resolveConflict(caller: Identity | null, input: unknown): Promise<ScheduleConflictRow> {
    const user = requireUser(caller);
    const data = parseInput(resolveInput, input);
    return db.transaction(async (tx) => {
      const [found] = await tx
        .select()
        .from(scheduleConflicts)
        .where(and(eq(scheduleConflicts.id, data.conflictId), eq(scheduleConflicts.organizationId, user.orgId)));
      if (!found) throw appError(ErrorCode.NotFound, { text: paymentsText('noSuchConflict'), field: 'input.conflictId' });
      const policy = await lockWritablePolicy(tx, user, found.policyId, 'input.conflictId');
      if (found.resolvedAt) throw appError(ErrorCode.Conflict, { text: paymentsText('conflictResolved'), field: 'input.conflictId' });
      const [resolved] = await tx
        .update(scheduleConflicts)
        .set({ resolvedAt: clock(), resolvedBy: user.userId, resolution: data.resolution })
        .where(eq(scheduleConflicts.id, found.id))
        .returning();
      await touchPolicy(tx, policy, clock());
      return resolved ?? found;
    });
  }

  return { addItem, updateItem, resolveConflict };
}

export type CorrectionsService = ReturnType<typeof createCorrectionsService>;
