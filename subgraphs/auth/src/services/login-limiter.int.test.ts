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

  it('shares one atomic counter between instances: 30 simultaneous guesses, at most the limit pass', async () => {
    const config = { ...defaultAuthConfig, loginMaxFailuresPerAccountAndAddress: 5 };
    const instances = [createLoginLimiter({ config, redis }), createLoginLimiter({ config, redis })];
    const email = `${randomUUID()}@limit.test`;
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, i) => instances[i % 2]!.begin(email, '192.0.2.1').then(() => 'checked', (error: unknown) => error)),
    );
    expect(outcomes.filter((o) => o === 'checked')).toHaveLength(5);
    expect(outcomes.filter((o) => isAppError(o, ErrorCode.RateLimited))).toHaveLength(25);
  });
});
