import { createBatchCollector } from './batch-collector';

function collector(size: number, lingerMs = 60_000) {
  const flushed: number[][] = [];
  let running = 0;
  let overlapped = false;
  const batches = createBatchCollector<number>({
    size,
    lingerMs,
    async flush(items) {
      running += 1;
      overlapped ||= running > 1;
      await new Promise((resolve) => setImmediate(resolve));
      flushed.push(items);
      running -= 1;
    },
    onError: () => undefined,
  });
  return { batches, flushed, overlapped: () => overlapped };
}

describe('batch collector', () => {
  it('flushes a full batch at once, in order, one flush at a time', async () => {
    const { batches, flushed, overlapped } = collector(3);
    for (let i = 1; i <= 7; i++) batches.add(i);
    // [1, 2, 3] is being flushed; the rest waits for it.
    expect(batches.pending).toBe(4);
    await batches.drain();
    expect(flushed).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(overlapped()).toBe(false);
  });

  it('flushes a partial batch once it has lingered', async () => {
    const { batches, flushed } = collector(100, 1);
    batches.add(1);
    batches.add(2);
    for (let waited = 0; flushed.length === 0 && waited < 1_000; waited++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(flushed).toEqual([[1, 2]]);
    expect(batches.pending).toBe(0);
  });

  it('cuts the next full batch as soon as the running flush ends, and lets a partial one linger', async () => {
    const flushed: number[][] = [];
    const releases: (() => void)[] = [];
    const batches = createBatchCollector<number>({
      size: 3,
      lingerMs: 60_000,
      async flush(items) {
        await new Promise<void>((resolve) => releases.push(resolve));
        flushed.push(items);
      },
      onError: () => undefined,
    });
    for (let i = 1; i <= 8; i++) batches.add(i);
    expect(releases).toHaveLength(1);
    releases.shift()!();
    for (let tick = 0; releases.length === 0 && tick < 100; tick++) await new Promise((resolve) => setImmediate(resolve));
    expect(flushed).toEqual([[1, 2, 3]]);
    expect(releases).toHaveLength(1);
    expect(batches.pending).toBe(2);
    releases.shift()!();
    for (let tick = 0; flushed.length < 2 && tick < 100; tick++) await new Promise((resolve) => setImmediate(resolve));
    expect(flushed).toEqual([[1, 2, 3], [4, 5, 6]]);
    // [7, 8] is not full: it waits for its linger (or a drain).
    expect(releases).toHaveLength(0);
    expect(batches.pending).toBe(2);
    const drained = batches.drain();
    for (let tick = 0; releases.length === 0 && tick < 100; tick++) await new Promise((resolve) => setImmediate(resolve));
    releases.shift()!();
    await drained;
    expect(flushed).toEqual([[1, 2, 3], [4, 5, 6], [7, 8]]);
  });

  it('reports a failing flush and goes on with the next batch', async () => {
    const errors: unknown[] = [];
    const flushed: number[][] = [];
    const batches = createBatchCollector<number>({
      size: 1,
      lingerMs: 60_000,
      async flush(items) {
        if (items[0] === 1) throw new Error('boom');
        flushed.push(items);
      },
      onError: (error) => errors.push(error),
    });
    batches.add(1);
    batches.add(2);
    await batches.drain();
    expect(errors).toHaveLength(1);
    expect(flushed).toEqual([[2]]);
  });
});
