import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor, UserIdentity } from '@crm/platform';
import { z } from 'zod';
import { secondsFrom } from '../clock';
import { refreshTokens, users, type RefreshTokenRow, type UserRow } from '../db/schema';
import { appError, ErrorCode, parseInput } from '@crm/platform';
import type { AccessTokenIssuer } from './access-tokens';
import { emailSchema, opaqueTokenSchema } from './input-schemas';
import type { LoginLimiter } from './login-limiter';
import { randomToken, sha256 } from './opaque-tokens';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import type { ServiceDeps } from './service-deps';
import { authText } from '../auth.texts';

export interface AuthSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserRow;
  /** Who the access token speaks for: the payload is read as this identity, not as the (often anonymous) caller. */
  identity: UserIdentity;
}

const loginInput = z.object({ email: emailSchema, password: z.string().min(1).max(256) });
const refreshInput = z.object({ refreshToken: opaqueTokenSchema });

type RefreshOutcome = { kind: 'ok'; session: AuthSession } | { kind: 'invalid' } | { kind: 'reused'; familyId: string };

/** The identity an access token issued for `user` in session `sessionId` carries. */
export function identityOf(user: UserRow, sessionId: string): UserIdentity {
  return { kind: 'user', userId: user.id, orgId: user.organizationId, roles: user.roles, session: { id: sessionId, tokenVersion: user.version } };
}

export function createSessionsService(deps: ServiceDeps & { issueAccessToken: AccessTokenIssuer; limiter: LoginLimiter }) {
  const { db, clock, config } = deps;

  /** Ends a session: its refresh tokens stop working, and every subgraph voids its access tokens (ADR 0011). */
  const endFamily = (tx: Executor, familyId: string) =>
    tx.update(refreshTokens).set({ revokedAt: clock() }).where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));

  async function revokeFamily(tx: Executor, token: RefreshTokenRow, reason: 'logout' | 'reuse_detected'): Promise<void> {
    await endFamily(tx, token.familyId);
    await deps.events.sessionRevoked(tx, { familyId: token.familyId, userId: token.userId, organizationId: token.organizationId }, reason);
  }

  /** Starts a session (a new refresh-token family) or continues one (rotation keeps the family, the `sid`). */
  async function createSession(tx: Executor, user: UserRow, familyId: string = randomUUID()): Promise<AuthSession> {
    const refreshToken = randomToken();
    const now = clock();
    const refreshTokenExpiresAt = secondsFrom(now, config.refreshTokenTtlSeconds);
    await tx.insert(refreshTokens).values({
      organizationId: user.organizationId,
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      createdAt: now,
      expiresAt: refreshTokenExpiresAt,
    });
    return { ...(await deps.issueAccessToken(user, familyId)), refreshToken, refreshTokenExpiresAt, user, identity: identityOf(user, familyId) };
  }

  async function login(input: unknown, clientAddress: string | undefined, userAgent?: string): Promise<AuthSession> {
    const { email, password } = parseInput(loginInput, input);
    // Taken before the password is checked: concurrent guesses cannot all slip under the limit.
    const attempt = await deps.limiter.begin(email, clientAddress);
    const [user] = await db.select().from(users).where(eq(users.email, email));
    const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
    // One answer for unknown e-mail, wrong password and deactivated account: nothing to enumerate.
    if (!user || !valid || !user.active) {
      if (user) await deps.events.loginFailed(db, user, clientAddress, valid ? 'deactivated' : 'wrong_password');
      throw appError(ErrorCode.Unauthenticated, { text: authText('wrongCredentials') });
    }
    await attempt.succeeded();
    return db.transaction(async (tx) => {
      const session = await createSession(tx, user);
      await deps.events.loggedIn(tx, user, clientAddress, userAgent);
      return session;
    });
  }

  /**
   * Rotates a refresh token. Presenting a rotated token again is reuse (someone holds a copy) and ends
   * the session, except within a few seconds of its rotation: two tabs refreshing with the same token
   * at once each get a session (ADR 0013).
   */
  async function refresh(input: unknown): Promise<AuthSession> {
    const { refreshToken } = parseInput(refreshInput, input);
    const tokenHash = sha256(refreshToken);
    // The outcome is returned, not thrown, so that revoking a family on reuse commits.
    const outcome = await db.transaction(async (tx): Promise<RefreshOutcome> => {
      const now = clock();
      const [claimed] = await tx
        .update(refreshTokens)
        .set({ usedAt: now })
        .where(and(eq(refreshTokens.tokenHash, tokenHash), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt), gt(refreshTokens.expiresAt, now)))
        .returning();
      const [known] = claimed ? [claimed] : await tx.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).for('update');
      if (!known?.usedAt || known.revokedAt || known.expiresAt <= now) return { kind: 'invalid' };
      const withinGrace = now.getTime() - known.usedAt.getTime() <= config.refreshReuseGraceSeconds * 1000;
      if (!claimed && !withinGrace) {
        await revokeFamily(tx, known, 'reuse_detected');
        return { kind: 'reused', familyId: known.familyId };
      }
      const [user] = await tx.select().from(users).where(eq(users.id, known.userId));
      if (!user?.active) {
        // The deactivation already voided the user's access tokens.
        await endFamily(tx, known.familyId);
        return { kind: 'invalid' };
      }
      return { kind: 'ok', session: await createSession(tx, user, known.familyId) };
    });
    if (outcome.kind === 'ok') return outcome.session;
    if (outcome.kind === 'reused') deps.logger.warn({ familyId: outcome.familyId }, 'refresh token reused: session family revoked');
    throw appError(ErrorCode.Unauthenticated, { text: authText('refreshInvalid') });
  }

  /** Ends the session the token belongs to, whether or not the token was already rotated; its access tokens die with it. */
  async function logout(input: unknown): Promise<void> {
    const { refreshToken } = parseInput(refreshInput, input);
    await db.transaction(async (tx) => {
      const [known] = await tx.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, sha256(refreshToken)));
      if (known && !known.revokedAt) await revokeFamily(tx, known, 'logout');
    });
  }

  /** Ends every session of a user (password change, deactivation); the caller publishes the token revocation. */
  async function revokeUserSessions(tx: Executor, userId: string): Promise<void> {
    await tx.update(refreshTokens).set({ revokedAt: clock() }).where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
  }

  return { createSession, login, refresh, logout, revokeUserSessions };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
