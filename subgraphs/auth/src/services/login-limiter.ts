import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AuthConfig } from '../config';
import { appError, ErrorCode } from '@crm/platform';

/**
 * Counts failed logins per account and per client address. Only failures count, so a user who types
 * the right password is never slowed down by their own successes; the account key is the e-mail as
 * typed (lower-cased), whether or not such an account exists, so the limit reveals nothing either.
 */
export interface LoginLimiter {
  /** Throws RATE_LIMITED when either counter is exhausted. */
  assertAllowed(email: string, address: string | undefined): Promise<void>;
  recordFailure(email: string, address: string | undefined): Promise<void>;
  recordSuccess(email: string): Promise<void>;
}

export function createLoginLimiter(deps: { config: AuthConfig; redis?: Redis | undefined }): LoginLimiter {
  const make = (keyPrefix: string, points: number): RateLimiterAbstract => {
    const options = { keyPrefix, points, duration: deps.config.loginWindowSeconds };
    // Several router/subgraph instances must share the counters, or each would allow N attempts.
    return deps.redis ? new RateLimiterRedis({ ...options, storeClient: deps.redis }) : new RateLimiterMemory(options);
  };
  const byAccount = make('auth_login_account', deps.config.loginMaxFailuresPerAccount);
  const byAddress = make('auth_login_address', deps.config.loginMaxFailuresPerAddress);

  const exhausted = async (limiter: RateLimiterAbstract, key: string, points: number) => {
    const res = await limiter.get(key);
    return res !== null && res.consumedPoints >= points ? res.msBeforeNext : undefined;
  };
  // Past the limit `consume` rejects with the limiter's state: that is the expected outcome, not an error.
  const count = (limiter: RateLimiterAbstract, key: string) => limiter.consume(key).then(
    () => undefined,
    (rejection: unknown) => {
      if (rejection instanceof Error) throw rejection;
    },
  );

  return {
    async assertAllowed(email, address) {
      const waits = await Promise.all([
        exhausted(byAccount, email, deps.config.loginMaxFailuresPerAccount),
        address ? exhausted(byAddress, address, deps.config.loginMaxFailuresPerAddress) : undefined,
      ]);
      const waitMs = Math.max(...waits.map((w) => w ?? 0));
      if (waits.some((w) => w !== undefined)) {
        throw appError(ErrorCode.RateLimited, { extensions: { retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } });
      }
    },
    async recordFailure(email, address) {
      await Promise.all([count(byAccount, email), address ? count(byAddress, address) : undefined]);
    },
    async recordSuccess(email) {
      await byAccount.delete(email);
    },
  };
}
