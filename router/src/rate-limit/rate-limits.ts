import { appError, ErrorCode, type Identity } from '@crm/platform';
import { Redis } from 'ioredis';
import type { GraphQLError } from 'graphql';
import { memoryTokenBuckets, redisTokenBuckets, type BucketRule, type TokenBuckets } from './token-bucket';
import { routerText } from '../router.texts';

/** Requests per minute (a bucket of that many tokens, refilled evenly over the minute); 0 turns a limit off. ADR 0025. */
export interface RateLimits {
  perAddress: number;
  perUser: number;
  perApiKey: number;
}

export const defaultRateLimits: RateLimits = { perAddress: 1200, perUser: 600, perApiKey: 300 };

const rule = (perMinute: number): BucketRule => ({ capacity: perMinute, refillPerSecond: perMinute / 60 });

/** Redis when a URL is given (shared by every router instance), memory otherwise. */
export function createTokenBuckets(options: { redisUrl?: string | undefined; prefix?: string | undefined }): TokenBuckets {
  if (!options.redisUrl) return memoryTokenBuckets();
  const redis = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  return redisTokenBuckets(redis, options.prefix ?? 'crm:router:rate:');
}

/** Which buckets a request takes from: its client address always, and its user or its API key. */
export function bucketsFor(limits: RateLimits, caller: { address: string | undefined; identity: Identity | null }): { key: string; kind: keyof RateLimits; perMinute: number }[] {
  const buckets: { key: string; kind: keyof RateLimits; perMinute: number }[] = [];
  if (caller.address) buckets.push({ key: `address:${caller.address}`, kind: 'perAddress', perMinute: limits.perAddress });
  if (caller.identity?.kind === 'user') buckets.push({ key: `user:${caller.identity.userId}`, kind: 'perUser', perMinute: limits.perUser });
  if (caller.identity?.kind === 'service') buckets.push({ key: `key:${caller.identity.serviceId}`, kind: 'perApiKey', perMinute: limits.perApiKey });
  return buckets.filter((bucket) => bucket.perMinute > 0);
}

/** HTTP 429 with `Retry-After`, and the limit that was hit in the error's extensions. */
export function rateLimited(kind: keyof RateLimits, perMinute: number, retryAfterSeconds: number): GraphQLError {
  return appError(ErrorCode.RateLimited, {
    text: routerText('rateLimited', { seconds: retryAfterSeconds }),
    extensions: {
      limit: { scope: kind, requestsPerMinute: perMinute },
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/**
 * Takes a token from each of the caller's buckets; throws {@link rateLimited} for the first empty one.
 * A store that fails (Redis down) lets the request through: limits protect the service, they must not stop it.
 */
export async function enforceRateLimits(
  buckets: TokenBuckets,
  limits: RateLimits,
  caller: { address: string | undefined; identity: Identity | null },
  onStoreError: (error: unknown) => void,
): Promise<void> {
  for (const bucket of bucketsFor(limits, caller)) {
    let verdict;
    try {
      verdict = await buckets.take(bucket.key, rule(bucket.perMinute));
    } catch (error) {
      onStoreError(error);
      return;
    }
    if (!verdict.allowed) throw rateLimited(bucket.kind, bucket.perMinute, verdict.retryAfterSeconds);
  }
}
