import { parseEventData, type EventEnvelope } from '@crm/contracts';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { integer, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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

export function createRevocationView(db: Db, tables: RevocationTables): RevocationView {
  const { revokedUserTokens, revokedSessions } = tables;
  return {
    async apply(tx, event) {
      if (event.type === 'auth.user.tokens_revoked') {
        const data = parseEventData('auth.user.tokens_revoked', event.data);
        await tx
          .insert(revokedUserTokens)
          .values({ userId: data.userId, organizationId: data.organizationId, minTokenVersion: data.minTokenVersion, revokedAt: new Date(event.time) })
          .onConflictDoUpdate({
            target: revokedUserTokens.userId,
            set: { minTokenVersion: data.minTokenVersion, revokedAt: new Date(event.time) },
            setWhere: sql`${revokedUserTokens.minTokenVersion} < ${data.minTokenVersion}`,
          });
      } else if (event.type === 'auth.session.revoked') {
        const data = parseEventData('auth.session.revoked', event.data);
        const expiresAt = new Date(new Date(event.time).getTime() + (ACCESS_TOKEN.maxLifetimeSeconds + 60) * 1000);
        await tx
          .insert(revokedSessions)
          .values({ sessionId: data.sessionId, organizationId: data.organizationId, userId: data.userId, expiresAt })
          .onConflictDoNothing();
        // Rows outlive every token they void by a minute; the next revocation clears them away.
        await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
      }
    },
    async isRevoked(identity) {
      if (identity.kind !== 'user' || !identity.session) return false;
      const { id, tokenVersion } = identity.session;
      const [users, sessions] = await Promise.all([
        db
          .select({ userId: revokedUserTokens.userId })
          .from(revokedUserTokens)
          .where(and(eq(revokedUserTokens.userId, identity.userId), gt(revokedUserTokens.minTokenVersion, tokenVersion))),
        db.select({ sessionId: revokedSessions.sessionId }).from(revokedSessions).where(eq(revokedSessions.sessionId, id)),
      ]);
      return users.length > 0 || sessions.length > 0;
    },
  };
}

/** The consumer `startSubgraphs` attaches to every subgraph, queue `<subgraph>.token-revocations`. */
export function revocationConsumer(subgraph: string, view: RevocationView): ConsumerDefinition {
  return {
    name: `${subgraph}.token-revocations`,
    events: ['auth.user.tokens_revoked', 'auth.session.revoked'],
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
