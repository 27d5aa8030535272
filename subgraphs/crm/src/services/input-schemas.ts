import { clientKindSchema, currencyCode, dateString, decimalString, refineMoneyScale } from '@crm/contracts';
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { crmText } from '../crm.texts';
import { inputText } from '@crm/texts';
import { phoneE164 } from './phones';

export const idSchema = z.uuid();
export const versionSchema = z.number().int().positive();

/** A required one-line text: trimmed, not empty. */
export const requiredText = (max = 500) => z.string().trim().min(1).max(max);
/** An optional text: blank becomes null. */
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const dateSchema = dateString;
export const positiveAmount = decimalString.refine((value) => new Decimal(value).gt(0), { message: inputText.reason('positive') });
export const nonNegativeAmount = decimalString.refine((value) => new Decimal(value).gte(0), { message: inputText.reason('notNegative') });
/** Money typed by a person: within its currency's minor units (`"100.005"` RUB is refused, never rounded). */
export const moneyInput = z.object({ amount: nonNegativeAmount, currency: currencyCode }).superRefine(refineMoneyScale);
export const positiveMoneyInput = z.object({ amount: positiveAmount, currency: currencyCode }).superRefine(refineMoneyScale);
/** A commission rate as a fraction of the premium: 0.15 is 15 %. */
export const rateSchema = decimalString.refine((value) => new Decimal(value).gte(0) && new Decimal(value).lte(1), {
  message: crmText.reason('rate'),
});

/** A phone as typed, stored in E.164 (ADR 0050); text that is no phone number is refused. */
export const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .transform((typed, ctx) => {
    const e164 = phoneE164(typed);
    if (e164) return e164;
    ctx.addIssue({ code: 'custom', message: crmText.reason('phone') });
    return z.NEVER;
  });

export const tagsSchema = z.array(z.string().trim().min(1).max(50)).max(30);

export const newClientShape = z.object({
    kind: clientKindSchema,
    firstName: optionalText(100),
    lastName: optionalText(100),
    middleName: optionalText(100),
    companyName: optionalText(300),
    phones: z.array(phoneSchema).max(10).nullish(),
    emails: z.array(z.string().trim().toLowerCase().pipe(z.email())).max(10).nullish(),
    inn: z
      .string()
      .trim()
      .regex(/^(\d{10}|\d{12})$/, { message: crmText.reason('tin') })
      .nullish(),
    birthDate: dateSchema.nullish(),
    registrationData: optionalText(2000),
    address: optionalText(1000),
    notes: optionalText(5000),
    tags: tagsSchema.nullish(),
});

export const newClientSchema = newClientShape.superRefine((client, ctx) => {
    if (client.kind === 'COMPANY' && !client.companyName) {
      ctx.addIssue({ code: 'custom', path: ['companyName'], message: crmText.reason('companyName') });
    }
    if (client.kind === 'PERSON' && !client.firstName && !client.lastName) {
      ctx.addIssue({ code: 'custom', path: ['lastName'], message: crmText.reason('personName') });
    }
  });

export type NewClient = z.infer<typeof newClientSchema>;
