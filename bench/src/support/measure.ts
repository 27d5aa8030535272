import { build } from 'hdr-histogram-js';

export interface MeasureOptions {
  name: string;
  /** Requests in flight at once. */
  concurrency: number;
  /** Measured requests in total (after warm-up). */
  requests: number;
  warmup?: number;
  run(i: number): Promise<void>;
}

export interface Measurement {
  name: string;
  concurrency: number;
  requests: number;
  errors: number;
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
}

/** Closed-loop load: `concurrency` workers each send the next request when the previous one answers. */
export async function measure(options: MeasureOptions): Promise<Measurement> {
  const warmup = options.warmup ?? Math.min(200, options.requests);
  for (let i = 0; i < warmup; i += options.concurrency) {
    await Promise.all(Array.from({ length: options.concurrency }, (_, k) => options.run(i + k).catch(() => undefined)));
  }
  const histogram = build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
  let next = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (next < options.requests) {
      const i = next++;
      const t0 = process.hrtime.bigint();
      try {
        await options.run(i);
      } catch {
        errors += 1;
      }
      histogram.recordValue(Number((process.hrtime.bigint() - t0) / 1000n));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const ms = (us: number) => Math.round(us / 10) / 100;
  return {
    name: options.name,
    concurrency: options.concurrency,
    requests: options.requests,
    errors,
    rps: Math.round(options.requests / seconds),
    p50_ms: ms(histogram.getValueAtPercentile(50)),
    p95_ms: ms(histogram.getValueAtPercentile(95)),
    p99_ms: ms(histogram.getValueAtPercentile(99)),
    max_ms: ms(histogram.maxValue),
  };
}

/** One JSON object per line on stdout: the machine-readable result. */
export function report(result: object): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
