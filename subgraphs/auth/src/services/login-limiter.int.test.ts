import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { defaultAuthConfig } from '../config';
import { isAppError, ErrorCode } from '@crm/platform';
import { createLoginLimiter } from './login-limiter';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('login limiter on Redis', () => {
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  });
  afterAll(async () => {
    await redis.quit();
  });

  it('shares failure counters between instances, as several router/subgraph replicas need', async () => {
    const config = { ...defaultAuthConfig, loginMaxFailuresPerAccount: 2 };
    const [one, two] = [createLoginLimiter({ config, redis }), createLoginLimiter({ config, redis })];
    const email = `${randomUUID()}@limit.test`;
    await one.recordFailure(email, undefined);
    await two.recordFailure(email, undefined);
    const blocked = await one.assertAllowed(email, undefined).catch((error: unknown) => error);
    expect(isAppError(blocked, ErrorCode.RateLimited)).toBe(true);
    await two.recordSuccess(email);
    await expect(one.assertAllowed(email, undefined)).resolves.toBeUndefined();
  });
});
