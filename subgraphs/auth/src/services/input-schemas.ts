import { roleSchema } from '@crm/contracts';
import { z } from 'zod';
import { authText } from '../auth.texts';

/** E-mails are compared lower-cased everywhere: the column is unique on the lower-cased form. */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** At least 8 characters; the upper bound keeps hashing cost bounded. */
export const passwordSchema = z.string().min(8).max(256);

export const displayNameSchema = z.string().trim().min(1).max(200);

export const rolesSchema = z
  .array(roleSchema)
  .min(1, { message: authText.reason('oneRoleAtLeast') })
  .transform((roles) => [...new Set(roles)]);

export const idSchema = z.uuid();

export const opaqueTokenSchema = z.string().min(16).max(512);
