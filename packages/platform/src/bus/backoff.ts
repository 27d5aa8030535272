import type { ConsumerDefinition } from './types';

/** How a consumer's failures are retried; the same numbers drive both transports. */
export interface RetryPolicy {
  maxAttempts: number;
  /** Delay after the first failure; it doubles per attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 5 * 60_000 };

export function retryPolicyFor(consumer: ConsumerDefinition, defaults: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...defaultRetryPolicy, ...defaults };
  return { ...policy, maxAttempts: consumer.maxAttempts ?? policy.maxAttempts };
}

/** Exponential backoff after attempt `failedAttempt` (1-based) failed. */
export function backoffDelayMs(failedAttempt: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, failedAttempt - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
}

export type FailureDecision = { action: 'retry'; nextAttempt: number; delayMs: number } | { action: 'dead-letter' };

/** After the last allowed attempt the event is parked for an operator instead of blocking the queue. */
export function decideAfterFailure(failedAttempt: number, policy: RetryPolicy): FailureDecision {
  if (failedAttempt >= policy.maxAttempts) return { action: 'dead-letter' };
  return { action: 'retry', nextAttempt: failedAttempt + 1, delayMs: backoffDelayMs(failedAttempt, policy) };
}
