import type { EventPayload, Role } from '@crm/contracts';
import type { Executor } from '@crm/platform';
import { createOutboxPublisher } from '@crm/platform/bus';
import { outbox, type TelegramLinkRow, type UserRow } from '../db/schema';

/** Auth's events, typed over the contracts; each is written in the caller's transaction. */
export interface UserEventsPublisher {
  userCreated(tx: Executor, user: UserRow, actorId?: string): Promise<void>;
  rolesChanged(tx: Executor, user: UserRow, previousRoles: Role[], actorId: string): Promise<void>;
  deactivated(tx: Executor, user: UserRow, actorId: string): Promise<void>;
  /** Voids every access token of `user` issued before its current version (ADR 0011). */
  tokensRevoked(tx: Executor, user: UserRow, reason: EventPayload<'auth.user.tokens_revoked'>['reason'], actorId: string): Promise<void>;
  /** Voids every access token of one session (refresh-token family). */
  sessionRevoked(tx: Executor, session: RevokedSession, reason: EventPayload<'auth.session.revoked'>['reason']): Promise<void>;
  /** An admin created a partner's API key: the organisation's other admins are told. */
  apiKeyCreated(tx: Executor, key: { id: string; organizationId: string; name: string; createdBy: string }): Promise<void>;
  /** A partner's API key was revoked: routers forget it at once. */
  apiKeyRevoked(tx: Executor, key: { id: string; organizationId: string }, actorId: string): Promise<void>;
  /** A Telegram account was linked to the user (Notifications messages its chat). */
  telegramLinked(tx: Executor, link: TelegramLinkRow): Promise<void>;
  telegramUnlinked(tx: Executor, userId: string, organizationId: string): Promise<void>;
  /** A sign-in, or a refused one, of a known account: security events for the audit trail. */
  loggedIn(tx: Executor, user: UserRow, clientAddress: string | undefined, userAgent?: string): Promise<void>;
  loginFailed(tx: Executor, user: UserRow, clientAddress: string | undefined, reason: EventPayload<'auth.user.login_failed'>['reason']): Promise<void>;
}

export interface RevokedSession {
  familyId: string;
  userId: string;
  organizationId: string;
}

export function createUserEventsPublisher(): UserEventsPublisher {
  const publisher = createOutboxPublisher({ source: 'auth', tables: { outbox } });
  return {
    async loggedIn(tx, user, clientAddress, userAgent) {
      const data = { userId: user.id, organizationId: user.organizationId, clientAddress: clientAddress ?? null, userAgent: userAgent?.slice(0, 1000) ?? null };
      await publisher.publish(tx, 'auth.user.logged_in', { orgId: user.organizationId, actorId: user.id, subject: user.id, data });
    },
    async loginFailed(tx, user, clientAddress, reason) {
      const data = { userId: user.id, organizationId: user.organizationId, clientAddress: clientAddress ?? null, reason };
      await publisher.publish(tx, 'auth.user.login_failed', { orgId: user.organizationId, subject: user.id, data });
    },
    async userCreated(tx, user, actorId) {
      await publisher.publish(tx, 'auth.user.created', {
        orgId: user.organizationId,
        actorId: actorId ?? user.id,
        subject: user.id,
        data: { userId: user.id, organizationId: user.organizationId, email: user.email, displayName: user.displayName, roles: user.roles },
      });
    },
    async rolesChanged(tx, user, previousRoles, actorId) {
      await publisher.publish(tx, 'auth.user.roles_changed', {
        orgId: user.organizationId,
        actorId,
        subject: user.id,
        data: { userId: user.id, organizationId: user.organizationId, previousRoles, roles: user.roles },
      });
    },
    async deactivated(tx, user, actorId) {
      await publisher.publish(tx, 'auth.user.deactivated', {
        orgId: user.organizationId,
        actorId,
        subject: user.id,
        data: { userId: user.id, organizationId: user.organizationId },
      });
    },
    async tokensRevoked(tx, user, reason, actorId) {
      await publisher.publish(tx, 'auth.user.tokens_revoked', {
        orgId: user.organizationId,
        actorId,
        subject: user.id,
        data: { userId: user.id, organizationId: user.organizationId, minTokenVersion: user.version, reason },
      });
    },
    async sessionRevoked(tx, session, reason) {
      await publisher.publish(tx, 'auth.session.revoked', {
        orgId: session.organizationId,
        actorId: session.userId,
        subject: session.userId,
        data: { sessionId: session.familyId, userId: session.userId, organizationId: session.organizationId, reason },
      });
    },
    async apiKeyCreated(tx, key) {
      await publisher.publish(tx, 'auth.api_key.created', {
        orgId: key.organizationId,
        actorId: key.createdBy,
        subject: key.id,
        data: { keyId: key.id, organizationId: key.organizationId, name: key.name, createdBy: key.createdBy },
      });
    },
    async apiKeyRevoked(tx, key, actorId) {
      await publisher.publish(tx, 'auth.api_key.revoked', { orgId: key.organizationId, actorId, subject: key.id, data: { keyId: key.id, organizationId: key.organizationId } });
    },
    async telegramLinked(tx, link) {
      await publisher.publish(tx, 'auth.telegram.linked', {
        orgId: link.organizationId,
        actorId: link.userId,
        subject: link.userId,
        data: { userId: link.userId, organizationId: link.organizationId, telegramUserId: link.telegramUserId },
      });
    },
    async telegramUnlinked(tx, userId, organizationId) {
      await publisher.publish(tx, 'auth.telegram.unlinked', { orgId: organizationId, actorId: userId, subject: userId, data: { userId, organizationId } });
    },
  };
}
