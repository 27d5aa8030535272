import { randomUUID } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '@crm/platform';
import { z } from 'zod';
import { secondsFrom } from '../clock';
import { refreshTokens, users, type UserRow } from '../db/schema';
import { appError, ErrorCode, parseInput } from '@crm/platform';
import type { AccessTokenIssuer } from './access-tokens';
import { emailSchema, opaqueTokenSchema } from './input-schemas';
import type { LoginLimiter } from './login-limiter';
import { randomToken, sha256 } from './opaque-tokens';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import type { ServiceDeps } from './service-deps';

export interface AuthSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserRow;
}

const loginInput = z.object({ email: emailSchema, password: z.string().min(1).max(256) });
const refreshInput = z.object({ refreshToken: opaqueTokenSchema });

type RefreshOutcome = { kind: 'ok'; session: AuthSession } | { kind: 'invalid' } | { kind: 'reused'; familyId: string };

export function createSessionsService(deps: ServiceDeps & { issueAccessToken: AccessTokenIssuer; limiter: LoginLimiter }) {
  const { db, clock, config } = deps;

  const revokeFamily = (tx: Executor, familyId: string) =>
    tx.update(refreshTokens).set({ revokedAt: clock() }).where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));

  /** Starts a session (a new refresh-token family) or continues one (rotation keeps the family). */
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
    return { ...(await deps.issueAccessToken(user)), refreshToken, refreshTokenExpiresAt, user };
  }

  async function login(input: unknown, clientAddress: string | undefined): Promise<AuthSession> {
    const { email, password } = parseInput(loginInput, input);
    await deps.limiter.assertAllowed(email, clientAddress);
    const [user] = await db.select().from(users).where(eq(users.email, email));
    const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
    // One answer for unknown e-mail, wrong password and deactivated account: nothing to enumerate.
    if (!user || !valid || !user.active) {
      await deps.limiter.recordFailure(email, clientAddress);
      throw appError(ErrorCode.Unauthenticated, { message: 'Invalid e-mail or password' });
    }
    await deps.limiter.recordSuccess(email);
    return db.transaction((tx) => createSession(tx, user));
  }

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
      if (!claimed) {
        const [known] = await tx.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
        if (!known?.usedAt || known.revokedAt) return { kind: 'invalid' };
        await revokeFamily(tx, known.familyId);
        return { kind: 'reused', familyId: known.familyId };
      }
      const [user] = await tx.select().from(users).where(eq(users.id, claimed.userId));
      if (!user?.active) {
        await revokeFamily(tx, claimed.familyId);
        return { kind: 'invalid' };
      }
      return { kind: 'ok', session: await createSession(tx, user, claimed.familyId) };
    });
    if (outcome.kind === 'ok') return outcome.session;
    if (outcome.kind === 'reused') deps.logger.warn({ familyId: outcome.familyId }, 'refresh token reused: session family revoked');
    throw appError(ErrorCode.Unauthenticated, { message: 'The refresh token is invalid or expired' });
  }

  /** Ends the session the token belongs to, whether or not the token was already rotated. */
  async function logout(input: unknown): Promise<void> {
    const { refreshToken } = parseInput(refreshInput, input);
    await db.transaction(async (tx) => {
      const [known] = await tx.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, sha256(refreshToken)));
      if (known) await revokeFamily(tx, known.familyId);
    });
  }

  /** Ends every session of a user (password change, deactivation). */
  async function revokeUserSessions(tx: Executor, userId: string): Promise<void> {
    await tx.update(refreshTokens).set({ revokedAt: clock() }).where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
  }

  return { createSession, login, refresh, logout, revokeUserSessions };
}

export type SessionsService = ReturnType<typeof createSessionsService>;
