import { Decimal, moneyString, sum, type DecimalValue } from './decimal';
import type { PaymentStatus } from './item-status';

export type ItemKind = 'INSTALMENT' | 'COMMISSION' | 'EXPENSE';

/** What the summary needs of a schedule item: its plan, the money settled against it, and its state. */
export interface SummaryItem {
  kind: ItemKind;
  amount: DecimalValue;
  settled: DecimalValue;
  status: PaymentStatus;
  currency: string;
}

export interface MoneySummaryValue {
  currency: string;
  premiumPlanned: string;
  premiumPaid: string;
  premiumOutstanding: string;
  commissionPlanned: string;
  commissionReceived: string;
  commissionOutstanding: string;
  expensesPlanned: string;
  expensesPaid: string;
  /** Commission received minus expenses paid: what the broker has actually earned. */
  netIncome: string;
  /** Commission planned minus expenses planned. */
  netIncomePlanned: string;
  /** Items in other currencies are left out rather than added across currencies. */
  otherCurrencyItemCount: number;
}

/**
 * Planned counts every item not cancelled; settled money counts whatever the item's state (a cancelled
 * plan does not make received money disappear). Outstanding is what each item not cancelled still
 * owes, never negative: an overpaid item owes nothing and shows as OVERPAID instead (ADR 0048), so
 * planned = settled + outstanding holds until something is overpaid. Exact decimals throughout.
 */
export function summarize(items: readonly SummaryItem[], currency: string): MoneySummaryValue {
  const own = items.filter((item) => item.currency === currency);
  const planned = (kind: ItemKind) => sum(own.filter((i) => i.kind === kind && i.status !== 'CANCELLED').map((i) => i.amount));
  const settled = (kind: ItemKind) => sum(own.filter((i) => i.kind === kind).map((i) => i.settled));
  const owed = (kind: ItemKind) =>
    sum(own.filter((i) => i.kind === kind && i.status !== 'CANCELLED').map((i) => Decimal.max(0, new Decimal(i.amount).minus(i.settled))));
  const premiumPlanned = planned('INSTALMENT');
  const premiumPaid = settled('INSTALMENT');
  const commissionPlanned = planned('COMMISSION');
  const commissionReceived = settled('COMMISSION');
  const expensesPlanned = planned('EXPENSE');
  const expensesPaid = settled('EXPENSE');
  const text = (value: Decimal) => moneyString(value, currency);
  return {
    currency,
    premiumPlanned: text(premiumPlanned),
    premiumPaid: text(premiumPaid),
    premiumOutstanding: text(owed('INSTALMENT')),
    commissionPlanned: text(commissionPlanned),
    commissionReceived: text(commissionReceived),
    commissionOutstanding: text(owed('COMMISSION')),
    expensesPlanned: text(expensesPlanned),
    expensesPaid: text(expensesPaid),
    netIncome: text(commissionReceived.minus(expensesPaid)),
    netIncomePlanned: text(commissionPlanned.minus(expensesPlanned)),
    otherCurrencyItemCount: items.length - own.length,
  };
}
