import type { Tx } from '@crm/platform';
import { eq, sql } from 'drizzle-orm';
import { scheduleItems, type ScheduleItemRow } from '../db/schema';
import { Decimal, moneyString } from '../domain/decimal';
import { itemStatus } from '../domain/item-status';

/**
 * Adds `delta` (an entry's amount, negative for a reversal) to the item's settled sum in the
 * entry's transaction, and lets the status follow the money.
 */
export async function settle(tx: Tx, item: ScheduleItemRow, delta: string, now: Date): Promise<ScheduleItemRow> {
  const settled = moneyString(new Decimal(item.settled).plus(delta), item.currency);
  const status = itemStatus({ amount: item.amount, settled, cancelled: item.status === 'CANCELLED', overdue: item.overdueAt !== null });
  const [updated] = await tx
    .update(scheduleItems)
    .set({ settled, status, hasActuals: true, version: sql`${scheduleItems.version} + 1`, updatedAt: now })
    .where(eq(scheduleItems.id, item.id))
    .returning();
  if (!updated) throw new Error('schedule item vanished under its lock');
  return updated;
}
