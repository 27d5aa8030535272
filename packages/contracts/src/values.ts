import { inputText } from '@crm/texts';
import { z } from 'zod';

/** An exact decimal as a string (`"1234.56"`): money and rates never travel as floats. */
export const decimalString = z.string().regex(/^-?\d{1,20}(\.\d{1,10})?$/, inputText.reason('decimal'));

/**
 * Dates outside these years are typing mistakes (`0202-01-01`) or probes (`0000-01-01`, which
 * PostgreSQL refuses): every date input is refused outside them, before it reaches a database.
 */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;

export function yearInRange(year: number): boolean {
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
}

export const yearRangeText = () => inputText('yearRange', YEAR_RANGE);

/** A calendar day, `YYYY-MM-DD`, within YEAR_RANGE. */
export const dateString = z.iso
  .date({ message: inputText.reason('date') })
  .refine((value) => yearInRange(Number(value.slice(0, 4))), { message: inputText.reason('yearRange'), params: YEAR_RANGE });

/** ISO-4217 code, e.g. `RUB`. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, inputText.reason('currency'));

export const moneySchema = z.object({ amount: decimalString, currency: currencyCode });
export type MoneyValue = z.infer<typeof moneySchema>;

export const uuid = z.string().uuid();

/**
 * The version of the entity an event's change produced (its row's `version` after the change): live
 * subscriptions drop a change they already delivered or one older than it (ADR 0075). Optional: an event
 * from before has none, and an event whose change left the version as it was (derived state, a reminder)
 * carries none.
 */
export const producedVersion = z.number().int().positive().optional();
