/**
 * Gathers items into batches of at most `size`: a full batch is flushed at once, a partial one after
 * `lingerMs`. Flushes run one at a time, in order; `drain()` flushes what is pending and waits for all.
 * `flush` must not throw (the consumer settles each message itself); a throw is reported to `onError`.
 */
export function createBatchCollector<T>(options: { size: number; lingerMs: number; flush(items: T[]): Promise<void>; onError(error: unknown): void }) {
  let pending: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();

  function flushPending(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return chain;
    const items = pending;
    pending = [];
    chain = chain.then(() => options.flush(items)).catch(options.onError);
    return chain;
  }

  return {
    add(item: T): void {
      pending.push(item);
      if (pending.length >= options.size) void flushPending();
      else timer ??= setTimeout(() => void flushPending(), options.lingerMs);
    },
    drain: flushPending,
    get pending(): number {
      return pending.length;
    },
  };
}
