import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { appError, ErrorCode } from '@crm/platform';

/**
 * A number of attempts per key and window, taken BEFORE the guarded work runs: the counter is
 * incremented atomically (Redis: one Lua script; memory: one synchronous step), so N concurrent
 * attempts can never all pass a check made before any of them counted (ADR 0013).
 */
export interface AttemptBudget {
  /** Takes one attempt for `key`, or throws RATE_LIMITED (with `retryAfterSeconds`) when none is left. */
  take(key: string): Promise<void>;
  /** Gives a taken attempt back: the attempt did not count (e.g. it succeeded). */
  refund(key: string): Promise<void>;
  /** Forgets every attempt of `key`. */
  reset(key: string): Promise<void>;
}

export interface AttemptBudgetOptions {
  name: string;
  attempts: number;
  windowSeconds: number;
  /** Shares the counters between instances; in-memory without it. */
  redis?: Redis | undefined;
}

export function createAttemptBudget(options: AttemptBudgetOptions): AttemptBudget {
  const settings = { keyPrefix: `auth_${options.name}`, points: options.attempts, duration: options.windowSeconds };
  const limiter: RateLimiterAbstract = options.redis ? new RateLimiterRedis({ ...settings, storeClient: options.redis }) : new RateLimiterMemory(settings);
  return {
    async take(key) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        // Past the limit `consume` rejects with the limiter's state: the expected outcome, not an error.
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        throw appError(ErrorCode.RateLimited, { extensions: { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) } });
      }
    },
    async refund(key) {
      await limiter.reward(key, 1);
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
