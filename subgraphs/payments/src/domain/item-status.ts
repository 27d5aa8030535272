import { Decimal, type DecimalValue } from './decimal';

export const paymentStatuses = ['PLANNED', 'PARTIALLY_PAID', 'PAID', 'OVERPAID', 'OVERDUE', 'CANCELLED'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

export interface StatusInput {
  amount: DecimalValue;
  settled: DecimalValue;
  cancelled: boolean;
  /** Set by the overdue job (only for instalments) and kept while the item stays unpaid past its date. */
  overdue: boolean;
}

/**
 * The status follows the money: paid in full is PAID whatever the date, more than planned is
 * OVERPAID (only recorded when the person said so, ADR 0048); an unpaid
 * remainder past due that the overdue job has flagged stays OVERDUE even after a partial payment.
 */
export function itemStatus({ amount, settled, cancelled, overdue }: StatusInput): PaymentStatus {
  if (cancelled) return 'CANCELLED';
  const paid = new Decimal(settled);
  // Nothing owed (a zero amount) counts as settled, so it never holds up the next unpaid date.
  if (paid.greaterThan(amount) && paid.greaterThan(0)) return 'OVERPAID';
  if (paid.greaterThanOrEqualTo(amount)) return 'PAID';
  if (overdue) return 'OVERDUE';
  return paid.greaterThan(0) ? 'PARTIALLY_PAID' : 'PLANNED';
}

export function isUnpaid(status: PaymentStatus): boolean {
  return status === 'PLANNED' || status === 'PARTIALLY_PAID' || status === 'OVERDUE';
}
