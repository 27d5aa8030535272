import { roleSchema } from '@crm/contracts';
import { z } from 'zod';

/** E-mails are compared lower-cased everywhere: the column is unique on the lower-cased form. */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email({ message: 'must be an e-mail address' }));

/** At least 8 characters; the upper bound keeps hashing cost bounded. */
export const passwordSchema = z.string().min(8, { message: 'must be at least 8 characters' }).max(256);

export const displayNameSchema = z.string().trim().min(1, { message: 'must not be empty' }).max(200);

export const rolesSchema = z
  .array(roleSchema)
  .min(1, { message: 'at least one role is required' })
  .transform((roles) => [...new Set(roles)]);

export const idSchema = z.uuid({ message: 'must be an id' });

export const opaqueTokenSchema = z.string().min(16).max(512);
