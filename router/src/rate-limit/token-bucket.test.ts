import { tokenBucketsContract } from './testing/token-buckets-contract';
import { memoryTokenBuckets } from './token-bucket';

describe('token buckets in memory', () => {
  tokenBucketsContract(() => memoryTokenBuckets());

  it('refills at the rule rate on its clock', async () => {
    let now = 0;
    const buckets = memoryTokenBuckets(() => now);
    const rule = { capacity: 1, refillPerSecond: 0.5 };
    await expect(buckets.take('k', rule)).resolves.toMatchObject({ allowed: true });
    await expect(buckets.take('k', rule)).resolves.toMatchObject({ allowed: false, retryAfterSeconds: 2 });
    now = 1_000;
    await expect(buckets.take('k', rule)).resolves.toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    now = 2_000;
    await expect(buckets.take('k', rule)).resolves.toMatchObject({ allowed: true });
  });
});
