import { parseEventData, type EventEnvelope } from '@crm/contracts';
import { lt, sql } from 'drizzle-orm';
import { getTableConfig, integer, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Db, Executor } from '../db';
import type { ConsumerDefinition } from '../bus/types';
import { ACCESS_TOKEN, UnauthenticatedError, type TokenVerifier } from './access-token';
import type { Identity } from './identity';

/**
 * Which access tokens Auth has voided before they expire (ADR 0011), kept by every subgraph in its own
 * schema and fed by Auth's `auth.user.tokens_revoked` / `auth.session.revoked` events.
 */
export function revocationTables(schemaName: string) {
  const schema = pgSchema(schemaName);
  return {
    /** Tokens of the user with `ver` below `min_token_version` are void (role change, deactivation, new password). */
    revokedUserTokens: schema.table('revoked_user_tokens', {
      userId: uuid('user_id').primaryKey(),
      organizationId: uuid('organization_id').notNull(),
      minTokenVersion: integer('min_token_version').notNull(),
      revokedAt: timestamp('revoked_at', { withTimezone: true }).notNull(),
    }),
    /** Tokens carrying this `sid` are void until the last of them has expired anyway (`expires_at`). */
    revokedSessions: schema.table('revoked_sessions', {
      sessionId: text('session_id').primaryKey(),
      organizationId: uuid('organization_id').notNull(),
      userId: uuid('user_id').notNull(),
      expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    }),
  };
}

export type RevocationTables = ReturnType<typeof revocationTables>;

// Plain idempotent DDL, like the in-process bus's: the view belongs to the platform, not to a subgraph's
// model, so `startSubgraphs` creates it in every subgraph's schema. Keep it in step with `revocationTables`.
const ddl = (schema: string) => [
  `CREATE SCHEMA IF NOT EXISTS "${schema}"`,
  `CREATE TABLE IF NOT EXISTS "${schema}".revoked_user_tokens (
     user_id uuid PRIMARY KEY,
     organization_id uuid NOT NULL,
     min_token_version integer NOT NULL,
     revoked_at timestamptz NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS "${schema}".revoked_sessions (
     session_id text PRIMARY KEY,
     organization_id uuid NOT NULL,
     user_id uuid NOT NULL,
     expires_at timestamptz NOT NULL
   )`,
];

export async function ensureRevocationTables(db: Db, schemaName: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schemaName)) throw new Error(`Not a plain schema name: ${schemaName}`);
  await db.transaction(async (tx) => {
    // IF NOT EXISTS still races in the catalog when two processes start together; the lock serialises them.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('crm:revocation-view'))`);
    for (const statement of ddl(schemaName)) await tx.execute(sql.raw(statement));
  });
}

export interface RevocationView {
  /** Applies one of Auth's revocation events; duplicates and late older events change nothing. */
  apply(tx: Executor, event: EventEnvelope): Promise<void>;
  /** True when the identity's token has been voided; identities without token facts (services, tests) never are. */
  isRevoked(identity: Identity): Promise<boolean>;
}

/** What one of Auth's revocation events says, whichever view keeps it. */
export type Revocation =
  | { kind: 'user-tokens'; userId: string; organizationId: string; minTokenVersion: number; at: Date }
  | { kind: 'session'; sessionId: string; userId: string; organizationId: string; expiresAt: Date };

export const REVOCATION_EVENTS = ['auth.user.tokens_revoked', 'auth.session.revoked'] as const;

export function revocationOf(event: EventEnvelope): Revocation | null {
  if (event.type === 'auth.user.tokens_revoked') {
    const data = parseEventData('auth.user.tokens_revoked', event.data);
    return { kind: 'user-tokens', ...data, at: new Date(event.time) };
  }
  if (event.type === 'auth.session.revoked') {
    const data = parseEventData('auth.session.revoked', event.data);
    // Kept a minute longer than any token of the session can live; then there is nothing left to void.
    const expiresAt = new Date(new Date(event.time).getTime() + (ACCESS_TOKEN.maxLifetimeSeconds + 60) * 1000);
    return { kind: 'session', sessionId: data.sessionId, userId: data.userId, organizationId: data.organizationId, expiresAt };
  }
  return null;
}

/** Whether a token with these facts is void, given the user's minimum version and whether its session ended. */
function isVoid(tokenVersion: number, minTokenVersion: number | undefined, sessionRevoked: boolean): boolean {
  return sessionRevoked || (minTokenVersion !== undefined && tokenVersion < minTokenVersion);
}

export function createRevocationView(db: Db, tables: RevocationTables): RevocationView {
  const { revokedUserTokens, revokedSessions } = tables;
  // One statement per request (it runs at every subgraph call, ADR 0074): both facts in one row, prepared
  // once (named per schema: in one process the subgraphs share a pool) so no call builds its SQL again.
  const factsOf = db
    .select({
      min: sql<number | null>`(SELECT ${revokedUserTokens.minTokenVersion} FROM ${revokedUserTokens} WHERE ${revokedUserTokens.userId} = ${sql.placeholder('userId')})`,
      sessionEnded: sql<boolean>`EXISTS (SELECT 1 FROM ${revokedSessions} WHERE ${revokedSessions.sessionId} = ${sql.placeholder('sessionId')})`,
    })
    .from(sql`(SELECT 1) AS facts`)
    .prepare(`revocation_facts_${getTableConfig(revokedUserTokens).schema}`);
  return {
    async apply(tx, event) {
      const revocation = revocationOf(event);
      if (revocation?.kind === 'user-tokens') {
        const { userId, organizationId, minTokenVersion, at } = revocation;
        await tx
          .insert(revokedUserTokens)
          .values({ userId, organizationId, minTokenVersion, revokedAt: at })
          .onConflictDoUpdate({
            target: revokedUserTokens.userId,
            set: { minTokenVersion, revokedAt: at },
            setWhere: sql`${revokedUserTokens.minTokenVersion} < ${minTokenVersion}`,
          });
      } else if (revocation?.kind === 'session') {
        const { sessionId, userId, organizationId, expiresAt } = revocation;
        await tx.insert(revokedSessions).values({ sessionId, organizationId, userId, expiresAt }).onConflictDoNothing();
        await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
      }
    },
    async isRevoked(identity) {
      if (identity.kind !== 'user' || !identity.session) return false;
      const { id, tokenVersion } = identity.session;
      const [row] = await factsOf.execute({ userId: identity.userId, sessionId: id });
      return isVoid(tokenVersion, row?.min ?? undefined, row?.sessionEnded === true);
    },
  };
}

/**
 * The same view in memory, for a process without a database of its own (the router in distributed
 * mode). It starts empty, so it only adds an early refusal: the subgraphs' views stay authoritative.
 */
export function createMemoryRevocationView(now: () => Date = () => new Date()) {
  const minVersions = new Map<string, number>();
  const sessions = new Map<string, number>();
  return {
    applyEvent(event: EventEnvelope): void {
      const revocation = revocationOf(event);
      if (revocation?.kind === 'user-tokens') {
        minVersions.set(revocation.userId, Math.max(minVersions.get(revocation.userId) ?? 0, revocation.minTokenVersion));
      } else if (revocation?.kind === 'session') {
        sessions.set(revocation.sessionId, revocation.expiresAt.getTime());
        for (const [id, expiresAt] of sessions) if (expiresAt < now().getTime()) sessions.delete(id);
      }
    },
    async isRevoked(identity: Identity): Promise<boolean> {
      if (identity.kind !== 'user' || !identity.session) return false;
      return isVoid(identity.session.tokenVersion, minVersions.get(identity.userId), sessions.has(identity.session.id));
    },
  };
}

/** The consumer `startSubgraphs` attaches to every subgraph, queue `<subgraph>.token-revocations`. */
export function revocationConsumer(subgraph: string, view: RevocationView): ConsumerDefinition {
  return {
    name: `${subgraph}.token-revocations`,
    events: [...REVOCATION_EVENTS],
    handle: (event, tx) => view.apply(tx, event),
  };
}

/** Verifies the token, then refuses it if the view says it was voided. */
export function withRevocationCheck(verify: TokenVerifier, view: Pick<RevocationView, 'isRevoked'>): TokenVerifier {
  return async (token) => {
    const identity = await verify(token);
    if (await view.isRevoked(identity)) throw new UnauthenticatedError('ERR_TOKEN_REVOKED');
    return identity;
  };
}
