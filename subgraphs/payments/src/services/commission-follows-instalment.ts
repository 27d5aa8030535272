import { commissionAt } from '@crm/contracts';
import type { Tx } from '@crm/platform';
import { and, eq, ne, sql } from 'drizzle-orm';
import { scheduleItems, type PolicyRow, type ScheduleItemRow } from '../db/schema';
import { itemStatus } from '../domain/item-status';

/**
 * After a person changes an instalment's amount, its commission line (same position) follows when the
 * policy's commission is a rate: rate × the new amount, rounded to the currency's minor unit. A line a
 * person corrected (MANUAL) or one that is cancelled is left alone (ADR 0048).
 */
export async function recomputeCommissionOf(tx: Tx, policy: PolicyRow, instalment: ScheduleItemRow, now: Date): Promise<ScheduleItemRow | null> {
  if (policy.commissionKind !== 'RATE' || policy.commissionRate === null || instalment.position === null) return null;
  const [line] = await tx
    .select()
    .from(scheduleItems)
    .where(
      and(
        eq(scheduleItems.policyId, policy.id),
        eq(scheduleItems.kind, 'COMMISSION'),
        eq(scheduleItems.position, instalment.position),
        eq(scheduleItems.origin, 'TERMS'),
        ne(scheduleItems.status, 'CANCELLED'),
      ),
    )
    .for('update');
  if (!line) return null;
  const amount = commissionAt(policy.commissionRate, instalment.amount, line.currency);
  if (amount === line.amount) return line;
  const [updated] = await tx
    .update(scheduleItems)
    .set({
      amount,
      status: itemStatus({ amount, settled: line.settled, cancelled: false, overdue: line.overdueAt !== null }),
      version: sql`${scheduleItems.version} + 1`,
      updatedAt: now,
    })
    .where(eq(scheduleItems.id, line.id))
    .returning();
  return updated ?? line;
}
