import type { TokenBuckets } from '../token-bucket';

/** What every store of token buckets must do, run against memory and against real Redis. */
export function tokenBucketsContract(make: () => TokenBuckets): void {
  let buckets: TokenBuckets;
  beforeAll(() => {
    buckets = make();
  });
  afterAll(() => buckets.close());

  it('lets a full bucket through, then refuses with the seconds until a token is back', async () => {
    const slow = { capacity: 2, refillPerSecond: 0.1 };
    await expect(buckets.take('a', slow)).resolves.toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    await expect(buckets.take('a', slow)).resolves.toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    const refused = await buckets.take('a', slow);
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(9);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(10);
  });

  it('keeps each key in its own bucket', async () => {
    const one = { capacity: 1, refillPerSecond: 0.01 };
    await expect(buckets.take('b', one)).resolves.toMatchObject({ allowed: true });
    await expect(buckets.take('b', one)).resolves.toMatchObject({ allowed: false });
    await expect(buckets.take('c', one)).resolves.toMatchObject({ allowed: true });
  });

  it('refills over time', async () => {
    const fast = { capacity: 1, refillPerSecond: 200 };
    await expect(buckets.take('d', fast)).resolves.toMatchObject({ allowed: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(buckets.take('d', fast)).resolves.toMatchObject({ allowed: true });
  });
}
