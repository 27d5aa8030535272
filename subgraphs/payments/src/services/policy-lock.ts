import type { Identity, Tx } from '@crm/platform';
import { appError, ErrorCode, platformText } from '@crm/platform';
import { and, eq, sql } from 'drizzle-orm';
import { policies, scheduleItems, type PolicyRow, type ScheduleItemRow } from '../db/schema';
import type { ItemKind } from '../domain/money-summary';
import { dealMoneyAllows, notFound } from './access';
import { accessSettingsOf } from './crm-settings.service';
import { dealAccessReadModel } from './deal-access.service';
import { paymentsText } from '../payments.texts';

/**
 * Every write locks the policy row first (a policy the caller may read but not change is FORBIDDEN:
 * `sellersSeeAllDeals` grants reading only; ADR 0015) and its items after (the policy consumer does the same), so
 * concurrent writers of one schedule queue up instead of deadlocking.
 */
export async function lockWritablePolicy(tx: Tx, caller: Identity, policyId: string, field: string): Promise<PolicyRow> {
  const [policy] = await tx
    .select()
    .from(policies)
    .where(and(eq(policies.id, policyId), eq(policies.organizationId, caller.orgId)))
    .for('update');
  if (!policy) throw notFound(field, paymentsText('noSuchSchedule'));
  const access = await dealAccessReadModel.find(tx, caller.orgId, policy.dealId);
  const settings = await accessSettingsOf(tx, caller.orgId);
  const facts = [caller, policy.organizationId, access, policy.dealOwnerId, settings] as const;
  if (!dealMoneyAllows('read', ...facts)) throw notFound(field, paymentsText('noSuchSchedule'));
  if (!dealMoneyAllows('write', ...facts)) throw appError(ErrorCode.Forbidden, { text: paymentsText('moneyWriteNotAllowed'), field });
  return policy;
}

/** Locks the item (and its policy) the caller names, checking the version they read. */
export async function lockItem(
  tx: Tx,
  caller: Identity,
  kind: ItemKind,
  itemId: string,
  version: number,
  field: string,
): Promise<{ policy: PolicyRow; item: ScheduleItemRow }> {
  const [head] = await tx
    .select({ policyId: scheduleItems.policyId })
    .from(scheduleItems)
    .where(and(eq(scheduleItems.id, itemId), eq(scheduleItems.kind, kind), eq(scheduleItems.organizationId, caller.orgId)));
  if (!head) throw notFound(field);
  const policy = await lockWritablePolicy(tx, caller, head.policyId, field);
  const [item] = await tx.select().from(scheduleItems).where(eq(scheduleItems.id, itemId)).for('update');
  if (!item) throw notFound(field);
  if (item.version !== version) {
    throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version', extensions: { currentVersion: item.version } });
  }
  return { policy, item };
}

/** The schedule's own version grows with every change to it, so a reader can tell it moved. */
export async function touchPolicy(tx: Tx, policy: PolicyRow, now: Date): Promise<PolicyRow> {
  const [updated] = await tx
    .update(policies)
    .set({ version: sql`${policies.version} + 1`, updatedAt: now })
    .where(eq(policies.id, policy.id))
    .returning();
  return updated ?? policy;
}

export function itemsOfPolicy(tx: Tx, policyId: string): Promise<ScheduleItemRow[]> {
  return tx.select().from(scheduleItems).where(eq(scheduleItems.policyId, policyId));
}
