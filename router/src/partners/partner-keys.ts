import { createHash } from 'node:crypto';
import { parseEventData, type EventEnvelope } from '@crm/contracts';
import type { Request } from 'express';

/** What Auth says about a partner's API key (ADR 0024): its organisation, grants and a short-lived token for the subgraphs. */
export interface PartnerGrant {
  keyId: string;
  organizationId: string;
  /** Names (or ids) of the partner operations the key may run. */
  allowedOperations: string[];
  /** The key's own requests per minute, as the admin issued it; null: the router's RATE_LIMIT_PER_API_KEY. */
  rateLimitPerMinute: number | null;
  accessToken: string;
  accessTokenExpiresAt: Date;
}

/** Asks Auth about a key: the grant, or null for an unknown or revoked key. */
export type ApiKeyExchange = (secret: string) => Promise<PartnerGrant | null>;

/** How long the router trusts Auth's answer about a key: a revoked key is refused within this (ADR 0024). */
export const DEFAULT_API_KEY_CACHE_MS = 1_000;
/** A token this close to its expiry is not handed to a subgraph any more. */
const TOKEN_MARGIN_MS = 30_000;
const MAX_CACHED_KEYS = 10_000;

/** `X-Api-Key: <key>` or `Authorization: ApiKey <key>`. */
export function apiKeyFromRequest(req: Pick<Request, 'header'>): string | undefined {
  const header = req.header('x-api-key')?.trim();
  if (header) return header;
  return /^ApiKey\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1];
}

/**
 * Auth's answers about keys, each kept for `cacheMs` (by the key's hash, never the key itself) so a
 * partner's burst costs Auth one lookup. Unknown keys are not cached: the rate limits bound guessing.
 */
export interface CachedApiKeys extends ApiKeyExchange {
  /** Drops what is cached about a key (its revocation event, ADR 0062): the next call asks Auth again. */
  forget(keyId: string): void;
}

export function cachedApiKeys(exchange: ApiKeyExchange, options: { cacheMs?: number; now?: () => number } = {}): CachedApiKeys {
  const cacheMs = options.cacheMs ?? DEFAULT_API_KEY_CACHE_MS;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { grant: PartnerGrant; until: number }>();
  const lookUp: ApiKeyExchange = async (secret) => {
    const hash = createHash('sha256').update(secret).digest('hex');
    const cached = cache.get(hash);
    if (cached && cached.until > now()) return cached.grant;
    cache.delete(hash);
    const grant = await exchange(secret);
    if (grant && cacheMs > 0) {
      if (cache.size >= MAX_CACHED_KEYS) cache.clear();
      cache.set(hash, { grant, until: Math.min(now() + cacheMs, grant.accessTokenExpiresAt.getTime() - TOKEN_MARGIN_MS) });
    }
    return grant;
  };
  const forget = (keyId: string) => {
    for (const [hash, cached] of cache) if (cached.grant.keyId === keyId) cache.delete(hash);
  };
  return Object.assign(lookUp, { forget });
}

/** The event that revokes a key at every router at once (ADR 0062). */
export const API_KEY_REVOKED = 'auth.api_key.revoked';

/** The key id an `auth.api_key.revoked` envelope names, or undefined for any other. */
export function revokedApiKeyOf(envelope: EventEnvelope): string | undefined {
  return envelope.type === API_KEY_REVOKED ? parseEventData(API_KEY_REVOKED, envelope.data).keyId : undefined;
}

const EXCHANGE = `mutation AccessTokenForApiKey($secret: String!) {
  accessTokenForApiKey(input: { secret: $secret }) { keyId organizationId allowedOperations rateLimitPerMinute accessToken accessTokenExpiresAt }
}`;

interface ExchangeAnswer {
  data?: { accessTokenForApiKey: Omit<PartnerGrant, 'accessTokenExpiresAt'> & { accessTokenExpiresAt: string } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** For a router in its own process: Auth's hidden `accessTokenForApiKey` at Auth's subgraph URL. */
export function authApiKeyExchange(authUrl: string, fetcher: typeof fetch = fetch): ApiKeyExchange {
  return async (secret) => {
    const response = await fetcher(authUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: EXCHANGE, variables: { secret } }),
    });
    const answer = (await response.json()) as ExchangeAnswer;
    if (answer.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED' || error.extensions?.code === 'BAD_USER_INPUT')) return null;
    const access = answer.data?.accessTokenForApiKey;
    if (!access) throw new Error(`Auth did not answer the API key exchange (HTTP ${response.status})`);
    return { ...access, accessTokenExpiresAt: new Date(access.accessTokenExpiresAt) };
  };
}
