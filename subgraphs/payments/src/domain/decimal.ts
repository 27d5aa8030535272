import { moneyAmount } from '@crm/contracts';
import { Decimal as DecimalJs } from 'decimal.js';

/**
 * decimal.js with enough significant digits for any amount the contracts allow (20 integer + 10
 * fractional digits) times a rate, so intermediate products are exact; money rounds half up.
 */
export const Decimal = DecimalJs.clone({ precision: 64, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalValue = DecimalJs.Value;

/** Money is kept in its currency's minor units (kopecks, cents; @crm/contracts knows each currency's scale, ADR 0048). */
export function toMoney(value: DecimalValue, currency: string): Decimal {
  return new Decimal(moneyAmount(value, currency));
}

/** The canonical string stored and published: exactly the currency's fraction digits. */
export function moneyString(value: DecimalValue, currency: string): string {
  return moneyAmount(value, currency);
}

export function sum(values: readonly DecimalValue[]): Decimal {
  return values.reduce<Decimal>((total, value) => total.plus(value), new Decimal(0));
}
