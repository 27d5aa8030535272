import { z } from 'zod';
import { defineEvent } from './define-event';

export const roleSchema = z.enum(['ADMIN', 'SELLER', 'EXECUTOR']);
export type Role = z.infer<typeof roleSchema>;

export const authUserCreated = defineEvent(
  'auth.user.created',
  1,
  z.object({
    userId: z.string().uuid(),
    organizationId: z.string().uuid(),
    email: z.string().email(),
    displayName: z.string(),
    roles: z.array(roleSchema),
  }),
);

export const authUserRolesChanged = defineEvent(
  'auth.user.roles_changed',
  1,
  z.object({
    userId: z.string().uuid(),
    organizationId: z.string().uuid(),
    previousRoles: z.array(roleSchema),
    roles: z.array(roleSchema),
  }),
);

export const authUserDeactivated = defineEvent(
  'auth.user.deactivated',
  1,
  z.object({
    userId: z.string().uuid(),
    organizationId: z.string().uuid(),
  }),
);
