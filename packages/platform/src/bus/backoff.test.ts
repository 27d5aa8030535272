import { backoffDelayMs, decideAfterFailure, retryPolicyFor, type RetryPolicy } from './backoff';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 500 };

describe('backoff', () => {
  it('doubles the delay per failed attempt up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelayMs(attempt, policy))).toEqual([100, 200, 400, 500, 500]);
  });

  it('retries until maxAttempts, then dead-letters', () => {
    expect(decideAfterFailure(1, policy)).toEqual({ action: 'retry', nextAttempt: 2, delayMs: 100 });
    expect(decideAfterFailure(3, policy)).toEqual({ action: 'retry', nextAttempt: 4, delayMs: 400 });
    expect(decideAfterFailure(4, policy)).toEqual({ action: 'dead-letter' });
  });

  it("lets a consumer's own maxAttempts win over the bus default", () => {
    const consumer = { name: 'crm.test', events: ['#'], handle: async () => undefined, maxAttempts: 2 };
    expect(retryPolicyFor(consumer, { maxAttempts: 7, baseDelayMs: 10 })).toEqual({ maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 300_000 });
    expect(retryPolicyFor({ ...consumer, maxAttempts: undefined }).maxAttempts).toBe(5);
  });
});
