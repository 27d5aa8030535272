import type { ScheduleItemRow } from '../db/schema';
import { Decimal, moneyString } from '../domain/decimal';
import { isUnpaid } from '../domain/item-status';
import { summarize, type MoneySummaryValue } from '../domain/money-summary';

/** The earliest due date among instalments not paid in full; null once all are paid (or cancelled). */
export function nextUnpaidDueDate(items: readonly ScheduleItemRow[]): string | null {
  const dates = items.filter((i) => i.kind === 'INSTALMENT' && i.dueDate !== null && isUnpaid(i.status)).map((i) => i.dueDate as string);
  return dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null;
}

/** What is still owed on an item: never negative (money beyond the plan is `overpaidOf`). */
export function outstandingOf(item: Pick<ScheduleItemRow, 'amount' | 'settled' | 'currency'>): string {
  return moneyString(Decimal.max(0, new Decimal(item.amount).minus(item.settled)), item.currency);
}

/** Money recorded beyond the planned amount; zero unless the item is OVERPAID. */
export function overpaidOf(item: Pick<ScheduleItemRow, 'amount' | 'settled' | 'currency'>): string {
  return moneyString(Decimal.max(0, new Decimal(item.settled).minus(item.amount)), item.currency);
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
