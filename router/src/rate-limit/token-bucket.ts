import type { Redis } from 'ioredis';

/** A bucket of `capacity` tokens refilled at `refillPerSecond`; each request takes one. */
export interface BucketRule {
  capacity: number;
  refillPerSecond: number;
}

export interface BucketVerdict {
  allowed: boolean;
  /** Tokens left after this request. */
  remaining: number;
  /** When refused: whole seconds until a token is back (the `Retry-After` header). */
  retryAfterSeconds: number;
}

/** One interface, two stores (ADR 0025): Redis shares buckets between router instances, memory serves one process. */
export interface TokenBuckets {
  take(key: string, rule: BucketRule): Promise<BucketVerdict>;
  close(): Promise<void>;
}

function verdict(tokens: number, rule: BucketRule): BucketVerdict {
  if (tokens >= 1) return { allowed: true, remaining: Math.floor(tokens - 1), retryAfterSeconds: 0 };
  return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / rule.refillPerSecond)) };
}

/** Buckets in this process; idle ones are dropped once full again, so the map stays as small as the active callers. */
export function memoryTokenBuckets(now: () => number = Date.now): TokenBuckets {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let lastSweep = now();
  const refilled = (bucket: { tokens: number; at: number }, rule: BucketRule, at: number) =>
    Math.min(rule.capacity, bucket.tokens + ((at - bucket.at) / 1000) * rule.refillPerSecond);
  return {
    async take(key, rule) {
      const at = now();
      const tokens = refilled(buckets.get(key) ?? { tokens: rule.capacity, at }, rule, at);
      const result = verdict(tokens, rule);
      buckets.set(key, { tokens: result.allowed ? tokens - 1 : tokens, at });
      if (at - lastSweep > 60_000) {
        lastSweep = at;
        // A bucket idle for a minute has refilled by at least a minute's worth: forgetting it changes little.
        for (const [name, bucket] of buckets) if (at - bucket.at > 60_000) buckets.delete(name);
      }
      return result;
    },
    async close() {
      buckets.clear();
    },
  };
}

/**
 * The same bucket as one Redis hash per key, updated atomically by a script on Redis's own clock (so
 * instances with skewed clocks agree); a key expires once its bucket would be full again.
 */
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + (math.max(0, now - at) / 1000) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate * 1000) + 1000)
return { allowed, tostring(tokens) }
`;

export function redisTokenBuckets(redis: Redis, prefix: string): TokenBuckets {
  return {
    async take(key, rule) {
      const [allowed, tokens] = (await redis.eval(TAKE_SCRIPT, 1, `${prefix}${key}`, rule.capacity, rule.refillPerSecond)) as [number, string];
      // The script already took the token; `verdict` wants the count before it did.
      return verdict(allowed === 1 ? Number(tokens) + 1 : Number(tokens), rule);
    },
    async close() {
      await redis.quit();
    },
  };
}
