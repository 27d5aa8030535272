import type { Identity, Connection, PageArgs } from '@crm/platform';
import { and, desc, eq, isNull, lt, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { apiKeys, type ApiKeyRow } from '../db/schema';
import { appError, ErrorCode, parseInput, requireAdmin, cursorPart, decodeCursor, pageSize, toConnection } from '@crm/platform';
import { requireCurrentAdmin } from './current-admin';
import { idSchema } from './input-schemas';
import { randomToken, sha256 } from './opaque-tokens';
import type { AccessTokenIssuer, IssuedAccessToken } from './access-tokens';
import type { ServiceDeps } from './service-deps';
import { authText } from '../auth.texts';

const createInput = z.object({
  name: z.string().trim().min(1).max(100),
  allowedOperations: z.array(z.string().trim().min(1).max(200)).max(200).nullish(),
  rateLimitPerMinute: z.number().int().min(1).max(100_000).nullish(),
});
const revokeInput = z.object({ id: idSchema });

/** Recognisable in logs and secret scanners; the random part carries the 256 bits. */
const SECRET_PREFIX = 'crm_';
const PREFIX_LENGTH = SECRET_PREFIX.length + 8;
/** Writing `last_used_at` on every request would turn each partner call into a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface VerifiedApiKey {
  keyId: string;
  organizationId: string;
  allowedOperations: string[];
  /** Null: the router's default limit for keys. */
  rateLimitPerMinute: number | null;
}

/** The router's view of a key: its service principal's token and its grants (ADR 0024). */
export type ApiKeyAccess = VerifiedApiKey & IssuedAccessToken;

/**
 * What a partner's token may do in the subgraphs: a seller's writes (a lead's client and deal,
 * payments), never an administrator's. Which operations it may run at all is the router's list.
 */
export const PARTNER_ROLES = ['SELLER'] as const;
const tokenInput = z.object({ secret: z.string().min(1).max(200) });

export function createApiKeysService(deps: ServiceDeps & { issuePartnerAccessToken: AccessTokenIssuer }) {
  const { db, clock } = deps;

  async function createApiKey(caller: Identity | null, input: unknown): Promise<{ apiKey: ApiKeyRow; secret: string }> {
    requireAdmin(caller);
    const data = parseInput(createInput, input);
    const admin = await requireCurrentAdmin(db, caller);
    const secret = `${SECRET_PREFIX}${randomToken()}`;
    const apiKey = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(apiKeys)
        .values({
          organizationId: admin.orgId,
          name: data.name,
          prefix: secret.slice(0, PREFIX_LENGTH),
          secretHash: sha256(secret),
          allowedOperations: [...new Set(data.allowedOperations ?? [])],
          rateLimitPerMinute: data.rateLimitPerMinute ?? null,
          createdBy: admin.userId,
          createdAt: clock(),
        })
        .returning();
      if (!row) throw new Error('api key insert returned nothing');
      // The organisation's other admins learn of it (Notifications); the event never carries the secret.
      await deps.events.apiKeyCreated(tx, row);
      return row;
    });
    return { apiKey, secret };
  }

  async function revokeApiKey(caller: Identity | null, input: unknown): Promise<ApiKeyRow> {
    requireAdmin(caller);
    const { id } = parseInput(revokeInput, input);
    const admin = await requireCurrentAdmin(db, caller);
    const scope = and(eq(apiKeys.id, id), eq(apiKeys.organizationId, admin.orgId));
    const revoked = await db.transaction(async (tx) => {
      const [row] = await tx.update(apiKeys).set({ revokedAt: clock() }).where(and(scope, isNull(apiKeys.revokedAt))).returning();
      // Routers cache a key's grant briefly; this event makes them drop it now (ADR 0062).
      if (row) await deps.events.apiKeyRevoked(tx, row, admin.userId);
      return row;
    });
    if (revoked) return revoked;
    const [existing] = await db.select().from(apiKeys).where(scope);
    if (!existing) throw appError(ErrorCode.NotFound, { text: authText('noSuchApiKey'), field: 'input.id' });
    return existing;
  }

  async function listApiKeys(caller: Identity | null, args: PageArgs & { includeRevoked?: boolean | null | undefined }): Promise<Connection<ApiKeyRow>> {
    const admin = await requireCurrentAdmin(db, caller);
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, [cursorPart.instant, cursorPart.id]);
    const conditions: (SQL | undefined)[] = [eq(apiKeys.organizationId, admin.orgId)];
    if (!args.includeRevoked) conditions.push(isNull(apiKeys.revokedAt));
    if (after) {
      const [createdAt, id] = after;
      const at = new Date(createdAt);
      conditions.push(or(lt(apiKeys.createdAt, at), and(eq(apiKeys.createdAt, at), lt(apiKeys.id, id))));
    }
    const rows = await db
      .select()
      .from(apiKeys)
      .where(and(...conditions))
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
      .limit(size + 1);
    return toConnection(rows, size, (k) => [k.createdAt.toISOString(), k.id]);
  }

  /** For the router: the organisation a partner secret speaks for, or null; records the use. */
  async function verifyApiKey(secret: string): Promise<VerifiedApiKey | null> {
    if (!secret.startsWith(SECRET_PREFIX) || secret.length > 200) return null;
    const [key] = await db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.secretHash, sha256(secret)), isNull(apiKeys.revokedAt)));
    if (!key) return null;
    const now = clock();
    await db
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(and(eq(apiKeys.id, key.id), or(isNull(apiKeys.lastUsedAt), lte(apiKeys.lastUsedAt, new Date(now.getTime() - LAST_USED_RESOLUTION_MS)))));
    return { keyId: key.id, organizationId: key.organizationId, allowedOperations: key.allowedOperations, rateLimitPerMinute: key.rateLimitPerMinute };
  }

  /** For the router in the same process: a short-lived access token of the key's service principal (subject = the key's id, session `api-key:<id>`), or null for an unknown or revoked key. */
  async function grantForApiKey(secret: string): Promise<ApiKeyAccess | null> {
    const key = await verifyApiKey(secret);
    if (!key) return null;
    const token = await deps.issuePartnerAccessToken({ id: key.keyId, organizationId: key.organizationId, roles: [...PARTNER_ROLES], version: 0 }, `api-key:${key.keyId}`);
    return { ...key, ...token };
  }

  /** The same over GraphQL, for a router in another process: UNAUTHENTICATED for an unknown or revoked key. */
  async function accessTokenForApiKey(input: unknown): Promise<ApiKeyAccess> {
    const { secret } = parseInput(tokenInput, input);
    const access = await grantForApiKey(secret);
    if (!access) throw appError(ErrorCode.Unauthenticated, { text: authText('unknownApiKey'), extensions: { http: { status: 401 } } });
    return access;
  }

  return { createApiKey, revokeApiKey, listApiKeys, verifyApiKey, grantForApiKey, accessTokenForApiKey };
}

export type ApiKeysService = ReturnType<typeof createApiKeysService>;
