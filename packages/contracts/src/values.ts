import { z } from 'zod';

/** An exact decimal as a string (`"1234.56"`): money and rates never travel as floats. */
export const decimalString = z.string().regex(/^-?\d{1,20}(\.\d{1,10})?$/, 'must be a decimal string like "1234.56"');

/** A calendar day, `YYYY-MM-DD`. */
export const dateString = z.iso.date();

/** ISO-4217 code, e.g. `RUB`. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO-4217 code like "RUB"');

export const moneySchema = z.object({ amount: decimalString, currency: currencyCode });
export type MoneyValue = z.infer<typeof moneySchema>;

export const uuid = z.string().uuid();
