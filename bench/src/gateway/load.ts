import { build } from 'hdr-histogram-js';
import { Pool } from 'undici';

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50_ms: number;
  p99_ms: number;
}

/**
 * Closed-loop load for `seconds`: `concurrency` keep-alive connections, each sending the next POST
 * when the previous one has answered. A non-200 or an answer with `errors` counts as an error.
 */
export async function closedLoop(url: string, body: string, options: { seconds: number; concurrency: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: options.concurrency, pipelining: 1 });
  const histogram = build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
  const headers = { 'content-type': 'application/json', ...options.headers };
  let requests = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  const until = Date.now() + options.seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const t0 = process.hrtime.bigint();
      try {
        const response = await pool.request({ path: target.pathname, method: 'POST', headers, body });
        const text = await response.body.text();
        if (response.statusCode !== 200 || text.includes('"errors"')) errors += 1;
      } catch {
        errors += 1;
      }
      requests += 1;
      histogram.recordValue(Number((process.hrtime.bigint() - t0) / 1000n));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.close();
  const ms = (us: number) => Math.round(us / 10) / 100;
  return { requests, errors, rps: Math.round((requests / seconds) * 10) / 10, p50_ms: ms(histogram.getValueAtPercentile(50)), p99_ms: ms(histogram.getValueAtPercentile(99)) };
}
