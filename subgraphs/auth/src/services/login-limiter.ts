import type { Redis } from 'ioredis';
import type { AuthConfig } from '../config';
import { createAttemptBudget } from './attempt-budget';

/**
 * Throttles password guessing (ADR 0013). An attempt is taken before the password is checked, per
 * account AND client address (so guessing from one address cannot lock the owner out from another)
 * and per address (so one address cannot spray many accounts); a success gives both back and clears
 * the account's count at that address. The account key is the e-mail as typed, whether or not such
 * an account exists, so the limit reveals nothing either.
 */
export interface LoginLimiter {
  /** Takes an attempt or throws RATE_LIMITED; call `succeeded` when the password was right. */
  begin(email: string, address: string | undefined): Promise<{ succeeded(): Promise<void> }>;
}

export function createLoginLimiter(deps: { config: AuthConfig; redis?: Redis | undefined }): LoginLimiter {
  const { config, redis } = deps;
  const byAccountAndAddress = createAttemptBudget({ name: 'login_account_address', attempts: config.loginMaxFailuresPerAccountAndAddress, windowSeconds: config.loginWindowSeconds, redis });
  const byAddress = createAttemptBudget({ name: 'login_address', attempts: config.loginMaxFailuresPerAddress, windowSeconds: config.loginWindowSeconds, redis });

  return {
    async begin(email, address) {
      const from = address ?? 'unknown';
      const accountKey = `${email}|${from}`;
      await byAddress.take(from);
      try {
        await byAccountAndAddress.take(accountKey);
      } catch (error) {
        await byAddress.refund(from);
        throw error;
      }
      return {
        async succeeded() {
          await Promise.all([byAccountAndAddress.reset(accountKey), byAddress.refund(from)]);
        },
      };
    },
  };
}
