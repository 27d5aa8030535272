import { Redis } from 'ioredis';
import { tokenBucketsContract } from './testing/token-buckets-contract';
import { redisTokenBuckets } from './token-bucket';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('token buckets in Redis', () => {
  // Each run its own keys, so runs (and other helpers' tests on the same Redis) never share a bucket.
  const prefix = `test:router-rate:${process.pid}:${Date.now()}:`;
  tokenBucketsContract(() => redisTokenBuckets(new Redis(REDIS_URL, { maxRetriesPerRequest: 2 }), prefix));

  it('gives every key an expiry, so idle buckets leave Redis', async () => {
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
    const buckets = redisTokenBuckets(redis.duplicate(), prefix);
    await buckets.take('ttl', { capacity: 5, refillPerSecond: 1 });
    const ttl = await redis.pttl(`${prefix}ttl`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2_000);
    await buckets.close();
    await redis.quit();
  });
});
