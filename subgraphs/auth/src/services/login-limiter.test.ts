import { defaultAuthConfig } from '../config';
import { ErrorCode, isAppError } from '@crm/platform';
import { createLoginLimiter } from './login-limiter';

const refusal = (promise: Promise<void>) => promise.then(() => undefined, (error: unknown) => error);

describe('login limiter', () => {
  const config = { ...defaultAuthConfig, loginMaxFailuresPerAccount: 100, loginMaxFailuresPerAddress: 2 };

  it('limits one address spraying many accounts', async () => {
    const limiter = createLoginLimiter({ config });
    await limiter.recordFailure('a@spray.test', '192.0.2.9');
    await expect(limiter.assertAllowed('b@spray.test', '192.0.2.9')).resolves.toBeUndefined();
    await limiter.recordFailure('b@spray.test', '192.0.2.9');
    const refused = await refusal(limiter.assertAllowed('c@spray.test', '192.0.2.9'));
    expect(isAppError(refused, ErrorCode.RateLimited)).toBe(true);
    // Another address is unaffected.
    await expect(limiter.assertAllowed('c@spray.test', '192.0.2.10')).resolves.toBeUndefined();
  });

  it('clears the account counter on success but not the address counter', async () => {
    const limiter = createLoginLimiter({ config: { ...config, loginMaxFailuresPerAccount: 1 } });
    await limiter.recordFailure('user@x.test', '192.0.2.1');
    expect(isAppError(await refusal(limiter.assertAllowed('user@x.test', undefined)), ErrorCode.RateLimited)).toBe(true);
    await limiter.recordSuccess('user@x.test');
    await expect(limiter.assertAllowed('user@x.test', undefined)).resolves.toBeUndefined();
    await limiter.recordFailure('other@x.test', '192.0.2.1');
    expect(isAppError(await refusal(limiter.assertAllowed('user@x.test', '192.0.2.1')), ErrorCode.RateLimited)).toBe(true);
  });
});
