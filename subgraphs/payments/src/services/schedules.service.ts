import type { EventPayload } from '@crm/contracts';
import type { Tx } from '@crm/platform';
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { policies, scheduleConflicts, scheduleItems, type ScheduleItemRow } from '../db/schema';
import { moneyString } from '../domain/decimal';
import { itemStatus } from '../domain/item-status';
import { reconcile, type ExistingItem } from '../domain/reconcile';
import { planSchedule } from '../domain/schedule-plan';
import { itemsOfPolicy } from './policy-lock';
import type { ServiceDeps } from './service-deps';

export type PolicyTermsEvent = EventPayload<'crm.policy.created'>;

function termsColumns(data: PolicyTermsEvent) {
  return {
    organizationId: data.organizationId,
    dealId: data.dealId,
    clientId: data.clientId,
    dealOwnerId: data.dealOwnerId,
    number: data.number,
    insurerName: data.insurerName,
    productName: data.productName,
    startDate: data.startDate,
    endDate: data.endDate,
    status: data.status,
    currency: data.premium.currency,
    premium: moneyString(data.premium.amount, data.premium.currency),
    commissionKind: data.commission.kind,
    commissionRate: data.commission.kind === 'RATE' ? data.commission.rate : null,
    commissionAmount: data.commission.kind === 'AMOUNT' ? moneyString(data.commission.amount.amount, data.premium.currency) : null,
    termsVersion: data.version,
  };
}

const asExisting = (item: ScheduleItemRow): ExistingItem => ({
  id: item.id,
  kind: item.kind,
  position: item.position,
  dueDate: item.dueDate,
  amount: item.amount,
  description: item.description,
  hasActuals: item.hasActuals,
});

/**
 * A cancelled policy's planned items that no money was recorded against (instalments, commission,
 * expenses) are cancelled, saying why; items with money stay as they are for a person to settle.
 */
async function cancelUnpaidItems(tx: Tx, policyId: string, now: Date): Promise<void> {
  await tx
    .update(scheduleItems)
    .set({ status: 'CANCELLED', cancellationReason: 'POLICY_CANCELLED', version: sql`${scheduleItems.version} + 1`, updatedAt: now })
    .where(and(eq(scheduleItems.policyId, policyId), eq(scheduleItems.hasActuals, false), ne(scheduleItems.status, 'CANCELLED')));
}

export function createSchedulesService(deps: ServiceDeps) {
  /**
   * Applies a policy's terms (created or updated) inside the consumer's transaction. A version not
   * above the one applied is a duplicate or out of order and changes nothing; otherwise the schedule is
   * reconciled with the terms (domain/reconcile.ts) and `payments.schedule.changed` is published.
   */
  async function applyPolicyTerms(tx: Tx, data: PolicyTermsEvent, actorId: string | undefined): Promise<'applied' | 'stale'> {
    const now = deps.clock();
    const [current] = await tx.select().from(policies).where(eq(policies.id, data.policyId)).for('update');
    if (current && current.organizationId !== data.organizationId) throw new Error(`policy ${data.policyId} belongs to another organisation`);
    if (current && current.termsVersion >= data.version) return 'stale';

    // A first delivery racing another inserts once; the loser fails on the key and its retry finds the row.
    const [policy] = current
      ? await tx
          .update(policies)
          .set({ ...termsColumns(data), version: sql`${policies.version} + 1`, updatedAt: now })
          .where(eq(policies.id, data.policyId))
          .returning()
      : await tx.insert(policies).values({ id: data.policyId, ...termsColumns(data), createdAt: now, updatedAt: now }).returning();
    if (!policy) throw new Error('policy upsert returned nothing');

    const items = await tx.select().from(scheduleItems).where(eq(scheduleItems.policyId, policy.id)).for('update');
    const plan = planSchedule(data);
    // A cancelled policy's terms plan nothing more: its unpaid items are cancelled below instead.
    const cancelled = policy.status === 'CANCELLED';
    const changes = cancelled ? { inserts: [], updates: [], deletes: [], conflicts: [] } : reconcile(items.filter((i) => i.status !== 'CANCELLED').map(asExisting), plan);
    const byId = new Map(items.map((i) => [i.id, i]));

    await tx
      .update(scheduleConflicts)
      .set({ resolvedAt: now, resolution: 'SUPERSEDED' })
      .where(and(eq(scheduleConflicts.policyId, policy.id), isNull(scheduleConflicts.resolvedAt)));
    if (changes.deletes.length) await tx.delete(scheduleItems).where(inArray(scheduleItems.id, changes.deletes));
    for (const change of changes.updates) {
      const before = byId.get(change.id);
      const overdue = before?.overdueAt != null && before.dueDate === change.dueDate;
      await tx
        .update(scheduleItems)
        .set({
          dueDate: change.dueDate,
          amount: change.amount,
          description: change.description,
          status: itemStatus({ amount: change.amount, settled: before?.settled ?? '0', cancelled: false, overdue }),
          overdueAt: overdue ? before?.overdueAt : null,
          origin: 'TERMS',
          version: sql`${scheduleItems.version} + 1`,
          updatedAt: now,
        })
        .where(eq(scheduleItems.id, change.id));
    }
    if (changes.inserts.length) {
      await tx.insert(scheduleItems).values(
        changes.inserts.map((item) => ({
          organizationId: policy.organizationId,
          policyId: policy.id,
          dealId: policy.dealId,
          kind: item.kind,
          position: item.position,
          description: item.description,
          dueDate: item.dueDate,
          amount: item.amount,
          currency: plan.currency,
          status: itemStatus({ amount: item.amount, settled: '0', cancelled: false, overdue: false }),
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    if (current && current.dealId !== policy.dealId) await tx.update(scheduleItems).set({ dealId: policy.dealId }).where(eq(scheduleItems.policyId, policy.id));
    if (changes.conflicts.length) {
      await tx.insert(scheduleConflicts).values(
        changes.conflicts.map((c) => ({ organizationId: policy.organizationId, policyId: policy.id, itemId: c.itemId, code: c.code, params: c.params, termsVersion: data.version, detectedAt: now })),
      );
      deps.logger.warn({ policyId: policy.id, conflicts: changes.conflicts.map((c) => c.code) }, 'policy terms conflict with the schedule');
    }
    if (cancelled) await cancelUnpaidItems(tx, policy.id, now);
    await deps.events.scheduleChanged(tx, policy, await itemsOfPolicy(tx, policy.id), actorId);
    return 'applied';
  }

  return { applyPolicyTerms };
}

export type SchedulesService = ReturnType<typeof createSchedulesService>;
