import { z } from 'zod';
import { DEFAULT_API_KEY_CACHE_MS } from './partners/partner-keys';
import { defaultRateLimits, type RateLimits } from './rate-limit/rate-limits';
import { defaultBreakerOptions, type BreakerOptions } from './resilience/circuit-breaker';
import { DEFAULT_REQUEST_DEADLINE_MS } from './resilience/guarded-fetcher';

/** Rate limits, the request deadline, circuit breakers and the API-key cache (ADRs 0024-0026). */
export interface RouterProtection {
  rateLimits: RateLimits;
  /** Buckets in Redis (shared by router instances) when set, in memory otherwise. */
  redisUrl?: string | undefined;
  /** Prefix of the buckets' Redis keys. */
  redisPrefix?: string | undefined;
  requestDeadlineMs: number;
  breaker: BreakerOptions;
  apiKeyCacheMs: number;
}

export const defaultProtection: RouterProtection = {
  rateLimits: defaultRateLimits,
  requestDeadlineMs: DEFAULT_REQUEST_DEADLINE_MS,
  breaker: defaultBreakerOptions,
  apiKeyCacheMs: DEFAULT_API_KEY_CACHE_MS,
};

const count = z.coerce.number().int().nonnegative();

/** The router and the embedded launcher both read these, under the same names. */
export const protectionEnvShape = {
  /** Requests per minute per client address / signed-in user / partner API key; 0 turns one off. */
  RATE_LIMIT_PER_ADDRESS: count.default(defaultRateLimits.perAddress),
  RATE_LIMIT_PER_USER: count.default(defaultRateLimits.perUser),
  RATE_LIMIT_PER_API_KEY: count.default(defaultRateLimits.perApiKey),
  /** Shares the rate-limit buckets between router instances; unset: each process counts alone. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  /** Milliseconds one request may take, all its subgraph calls included. */
  REQUEST_DEADLINE_MS: z.coerce.number().int().positive().default(DEFAULT_REQUEST_DEADLINE_MS),
  /** Consecutive failures of a subgraph that open its circuit, and how long it stays open before a probe. */
  BREAKER_FAILURES: z.coerce.number().int().positive().default(defaultBreakerOptions.failureThreshold),
  BREAKER_OPEN_MS: z.coerce.number().int().positive().default(defaultBreakerOptions.openMs),
  /** How long the router trusts Auth's answer about an API key: a revoked key is refused within this. */
  API_KEY_CACHE_MS: count.default(DEFAULT_API_KEY_CACHE_MS),
};

export function protectionFromEnv(env: z.infer<z.ZodObject<typeof protectionEnvShape>>): RouterProtection {
  return {
    rateLimits: { perAddress: env.RATE_LIMIT_PER_ADDRESS, perUser: env.RATE_LIMIT_PER_USER, perApiKey: env.RATE_LIMIT_PER_API_KEY },
    redisUrl: env.REDIS_URL,
    requestDeadlineMs: env.REQUEST_DEADLINE_MS,
    breaker: { failureThreshold: env.BREAKER_FAILURES, openMs: env.BREAKER_OPEN_MS },
    apiKeyCacheMs: env.API_KEY_CACHE_MS,
  };
}
