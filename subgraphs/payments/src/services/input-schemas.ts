import { z } from 'zod';
import { dateString } from '@crm/contracts';
import { Decimal } from '../domain/decimal';

export const idSchema = z.uuid({ message: 'must be an id' });
export const versionSchema = z.number().int().positive({ message: 'must be the version you read' });
export const daySchema = dateString;

/** Money typed by a person: positive, kopecks at most (the Decimal scalar has already refused floats). */
export const positiveAmountSchema = z
  .string()
  .refine((value) => /^\d{1,15}(\.\d{1,2})?$/.test(value) && new Decimal(value).greaterThan(0), { message: 'must be a positive amount with at most two decimals' });

/** A planned amount may be zero (e.g. a waived fee), never negative. */
export const plannedAmountSchema = z
  .string()
  .refine((value) => /^\d{1,15}(\.\d{1,2})?$/.test(value), { message: 'must be an amount of zero or more with at most two decimals' });

export const textSchema = (max: number) => z.string().trim().min(1, { message: 'must not be empty' }).max(max);
export const optionalTextSchema = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const paymentMethodSchema = z.enum(['BANK_TRANSFER', 'CARD', 'CASH', 'OTHER']);
