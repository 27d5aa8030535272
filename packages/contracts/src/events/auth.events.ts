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

/**
 * Every access token of the user whose `ver` claim is below `minTokenVersion` is void (ADR 0011):
 * published with a role change, a deactivation and a password change.
 */
export const authUserTokensRevoked = defineEvent(
  'auth.user.tokens_revoked',
  1,
  z.object({
    userId: z.string().uuid(),
    organizationId: z.string().uuid(),
    minTokenVersion: z.number().int().positive(),
    reason: z.enum(['roles_changed', 'deactivated', 'password_changed']),
  }),
);

/** Every access token carrying this `sid` is void: the session ended (logout, refresh-token reuse). */
export const authSessionRevoked = defineEvent(
  'auth.session.revoked',
  1,
  z.object({
    sessionId: z.string().min(1).max(100),
    userId: z.string().uuid(),
    organizationId: z.string().uuid(),
    reason: z.enum(['logout', 'reuse_detected']),
  }),
);

/**
 * An administrator created a partner's API key: the organisation's other admins are told (a key
 * speaks for the whole organisation). Never the secret; `createdBy` is the admin who made it.
 */
export const authApiKeyCreated = defineEvent(
  'auth.api_key.created',
  1,
  z.object({
    keyId: z.string().uuid(),
    organizationId: z.string().uuid(),
    name: z.string(),
    createdBy: z.string().uuid(),
  }),
);

/** A partner's API key was revoked: routers drop what they cached about it at once (ADR 0024, 0062). */
export const authApiKeyRevoked = defineEvent(
  'auth.api_key.revoked',
  1,
  z.object({
    keyId: z.string().uuid(),
    organizationId: z.string().uuid(),
  }),
);

/**
 * A user linked a Telegram account (or replaced the one linked): private chats with the bot have the
 * Telegram user's id as chat id, so Notifications can message them there.
 */
export const authTelegramLinked = defineEvent(
  'auth.telegram.linked',
  1,
  z.object({
    userId: z.string().uuid(),
    organizationId: z.string().uuid(),
    telegramUserId: z.string().regex(/^\d{1,20}$/),
  }),
);

/** The user's Telegram link was removed: nothing more is sent to that chat. */
export const authTelegramUnlinked = defineEvent(
  'auth.telegram.unlinked',
  1,
  z.object({
    userId: z.string().uuid(),
    organizationId: z.string().uuid(),
  }),
);

/**
 * Security events for the audit trail: a sign-in of a known account, and a refused one with why.
 * `clientAddress` is the address the router vouched for. A wrong e-mail names no account, hence no
 * organisation: the login limiter and the logs keep those.
 */
export const authUserLoggedIn = defineEvent(
  'auth.user.logged_in',
  1,
  z.object({
    userId: z.string().uuid(),
    organizationId: z.string().uuid(),
    clientAddress: z.string().nullable(),
    /** The browser's or app's `User-Agent` as the router passed it on (optional: older events lack it); Notifications tells the user of a device not seen before. */
    userAgent: z.string().max(1000).nullish(),
  }),
);

export const authUserLoginFailed = defineEvent(
  'auth.user.login_failed',
  1,
  z.object({ userId: z.string().uuid(), organizationId: z.string().uuid(), clientAddress: z.string().nullable(), reason: z.enum(['wrong_password', 'deactivated']) }),
);
