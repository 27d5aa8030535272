import { Decimal as DecimalJs } from 'decimal.js';

/**
 * decimal.js with enough significant digits for any amount the contracts allow (20 integer + 10
 * fractional digits) times a rate, so intermediate products are exact; money rounds half up.
 */
export const Decimal = DecimalJs.clone({ precision: 64, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalValue = DecimalJs.Value;

/** Money is kept in minor units of two digits (kopecks, cents). */
export const MONEY_SCALE = 2;

export function toMoney(value: DecimalValue): Decimal {
  return new Decimal(value).toDecimalPlaces(MONEY_SCALE, Decimal.ROUND_HALF_UP);
}

/** The canonical string stored and published: always two fraction digits. */
export function moneyString(value: DecimalValue): string {
  return toMoney(value).toFixed(MONEY_SCALE);
}

export function sum(values: readonly DecimalValue[]): Decimal {
  return values.reduce<Decimal>((total, value) => total.plus(value), new Decimal(0));
}
