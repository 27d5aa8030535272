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
    expect(batches.pending).toBe(1);
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
