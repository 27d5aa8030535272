import type { ScheduleItemRow } from '../db/schema';
import { Decimal } from '../domain/decimal';
import { isUnpaid } from '../domain/item-status';
import { summarize, type MoneySummaryValue } from '../domain/money-summary';

/** The earliest due date among instalments not paid in full; null once all are paid (or cancelled). */
export function nextUnpaidDueDate(items: readonly ScheduleItemRow[]): string | null {
  const dates = items.filter((i) => i.kind === 'INSTALMENT' && i.dueDate !== null && isUnpaid(i.status)).map((i) => i.dueDate as string);
  return dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null;
}

export function outstandingOf(item: Pick<ScheduleItemRow, 'amount' | 'settled'>): string {
  return new Decimal(item.amount).minus(item.settled).toFixed(2);
}

export function summaryOf(items: readonly ScheduleItemRow[], currency: string): MoneySummaryValue {
  return summarize(items, currency);
}

/** Items in the order people read a schedule: by kind, then due date (undated last), then creation. */
export function inReadingOrder(items: readonly ScheduleItemRow[]): ScheduleItemRow[] {
  return [...items].sort(
    (a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || (a.position ?? 1e9) - (b.position ?? 1e9) || a.createdAt.getTime() - b.createdAt.getTime(),
  );
}
