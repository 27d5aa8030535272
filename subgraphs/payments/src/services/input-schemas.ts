import { z } from 'zod';
import { dateString } from '@crm/contracts';
import { Decimal } from '../domain/decimal';
import { inputText } from '@crm/texts';

export const idSchema = z.uuid();
export const versionSchema = z.number().int().positive({ message: inputText.reason('version') });
export const daySchema = dateString;

/** Money typed by a person: positive, kopecks at most (the Decimal scalar has already refused floats). */
export const positiveAmountSchema = z
  .string()
  .refine((value) => /^\d{1,15}(\.\d{1,2})?$/.test(value) && new Decimal(value).greaterThan(0), { message: inputText.reason('positiveAmount') });

/** A planned amount may be zero (e.g. a waived fee), never negative. */
export const plannedAmountSchema = z
  .string()
  .refine((value) => /^\d{1,15}(\.\d{1,2})?$/.test(value), { message: inputText.reason('amount') });

export const textSchema = (max: number) => z.string().trim().min(1).max(max);
export const optionalTextSchema = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const paymentMethodSchema = z.enum(['BANK_TRANSFER', 'CARD', 'CASH', 'OTHER']);
