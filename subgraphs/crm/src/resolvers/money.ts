import { moneyAmount } from '@crm/contracts';
import { Decimal } from 'decimal.js';

/** A `Money` value from a numeric column and its currency, in the currency's minor units (ADR 0048). */
export function amountOf(amount: string, currency: string) {
  return { amount: moneyAmount(amount, currency), currency };
}

/** The same for a nullable column: null amount, null money. */
export function money(amount: string | null | undefined, currency: string | null | undefined) {
  return amount === null || amount === undefined || !currency ? null : amountOf(amount, currency);
}

/** A rate as a plain decimal (`"0.15"`, not the column's `"0.150000"`): only money keeps trailing zeros. */
export function rate(value: string | null): string | null {
  return value === null ? null : new Decimal(value).toFixed();
}
