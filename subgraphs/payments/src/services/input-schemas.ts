import { z } from 'zod';
import { currencyScaleText, dateString, fitsCurrency } from '@crm/contracts';
import { appError, ErrorCode } from '@crm/platform';
import { Decimal } from '../domain/decimal';
import { inputText } from '@crm/texts';

export const idSchema = z.uuid();
export const versionSchema = z.number().int().positive({ message: inputText.reason('version') });
export const daySchema = dateString;

const AMOUNT = /^\d{1,15}(\.\d{1,10})?$/;

/**
 * Money typed by a person: positive (the Decimal scalar has already refused floats). Its decimals are
 * checked against the item's currency once the item is read (`checkScale`): never rounded.
 */
export const positiveAmountSchema = z.string().refine((value) => AMOUNT.test(value) && new Decimal(value).greaterThan(0), { message: inputText.reason('positive') });

/** A planned amount may be zero (e.g. a waived fee), never negative. */
export const plannedAmountSchema = z.string().refine((value) => AMOUNT.test(value), { message: inputText.reason('notNegative') });

/** BAD_USER_INPUT naming `field` when `amount` has more decimals than `currency` allows (`"100.005"` RUB). */
export function checkScale(amount: string, currency: string, field = 'input.amount'): void {
  if (!fitsCurrency(amount, currency)) throw appError(ErrorCode.BadUserInput, { text: currencyScaleText(currency), field });
}

export const textSchema = (max: number) => z.string().trim().min(1).max(max);
export const optionalTextSchema = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const paymentMethodSchema = z.enum(['BANK_TRANSFER', 'CARD', 'CASH', 'OTHER']);
