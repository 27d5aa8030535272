import { Decimal as DecimalJs } from 'decimal.js';
import { inputText, type Text } from '@crm/texts';
import type { z } from 'zod';
import { currencyScale } from './currency-scale';

export { currencyScale };

/** True when the amount needs no rounding in the currency (`"100.005"` RUB does not fit). */
export function fitsCurrency(amount: string, currency: string): boolean {
  const value = new DecimalJs(amount);
  return value.decimalPlaces() <= currencyScale(currency);
}

/** What is wrong with an amount that has more decimals than its currency allows. */
export function currencyScaleText(currency: string): Text {
  return inputText('currencyScale', { currency, scale: currencyScale(currency) });
}

/** The canonical text of an amount in minor units (computed ones round half up): `13000.1` RUB is `"13000.10"`, `5` JPY is `"5"`. */
export function moneyAmount(amount: DecimalJs.Value, currency: string): string {
  return new DecimalJs(amount).toFixed(currencyScale(currency), DecimalJs.ROUND_HALF_UP);
}

/**
 * A zod `superRefine` for `{ amount, currency }` inputs: the amount must fit the currency, reported
 * on the `amount` field (so the error names e.g. `input.premium.amount`).
 */
export function refineMoneyScale(value: { amount: string; currency: string }, ctx: z.RefinementCtx): void {
  if (fitsCurrency(value.amount, value.currency)) return;
  ctx.addIssue({ code: 'custom', path: ['amount'], message: inputText.reason('currencyScale'), params: { currency: value.currency, scale: currencyScale(value.currency) } });
}

/** A commission at `rate` of `amount`: the exact product, rounded half up to the currency's minor unit. */
export function commissionAt(rate: DecimalJs.Value, amount: DecimalJs.Value, currency: string): string {
  return moneyAmount(new DecimalJs(rate).times(amount), currency);
}
