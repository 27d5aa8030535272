import { defaultAuthConfig } from '../config';
import { ErrorCode, isAppError } from '@crm/platform';
import { createLoginLimiter } from './login-limiter';

const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
const config = { ...defaultAuthConfig, loginMaxFailuresPerAccountAndAddress: 5, loginMaxFailuresPerAddress: 100 };

describe('login limiter', () => {
  it('lets at most the limit of 30 simultaneous guesses through to the password check', async () => {
    const limiter = createLoginLimiter({ config });
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => refusal(limiter.begin('victim@x.test', '192.0.2.1'))));
    expect(outcomes.filter((o) => o === undefined)).toHaveLength(5);
    expect(outcomes.filter((o) => isAppError(o, ErrorCode.RateLimited))).toHaveLength(25);
  });

  it('throttles an account per address: guesses from one address do not lock the owner out from another', async () => {
    const limiter = createLoginLimiter({ config });
    for (let i = 0; i < 5; i += 1) await limiter.begin('owner@x.test', '192.0.2.66');
    expect(isAppError(await refusal(limiter.begin('owner@x.test', '192.0.2.66')), ErrorCode.RateLimited)).toBe(true);
    const owner = await limiter.begin('owner@x.test', '198.51.100.7');
    await owner.succeeded();
  });

  it('limits one address spraying many accounts', async () => {
    const limiter = createLoginLimiter({ config: { ...config, loginMaxFailuresPerAddress: 2 } });
    await limiter.begin('a@spray.test', '192.0.2.9');
    await limiter.begin('b@spray.test', '192.0.2.9');
    expect(isAppError(await refusal(limiter.begin('c@spray.test', '192.0.2.9')), ErrorCode.RateLimited)).toBe(true);
    await expect(limiter.begin('c@spray.test', '192.0.2.10')).resolves.toBeDefined();
  });

  it('gives a successful attempt back and clears the account’s count at that address', async () => {
    const limiter = createLoginLimiter({ config: { ...config, loginMaxFailuresPerAccountAndAddress: 2, loginMaxFailuresPerAddress: 2 } });
    await limiter.begin('user@x.test', '192.0.2.1');
    await (await limiter.begin('user@x.test', '192.0.2.1')).succeeded();
    await limiter.begin('user@x.test', '192.0.2.1');
    expect(isAppError(await refusal(limiter.begin('user@x.test', '192.0.2.1')), ErrorCode.RateLimited)).toBe(true);
  });
});
