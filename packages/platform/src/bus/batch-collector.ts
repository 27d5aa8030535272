/**
 * Gathers items into batches of at most `size`, flushed one at a time, in order. While a flush runs,
 * items wait and the next batch is cut when it ends: under a backlog every batch is full (the fixed
 * cost of a batch — its transaction, locks and commit — is paid once per `size` items, ADR 0071). With
 * no flush running, a full batch goes at once and a partial one once its oldest item has waited `lingerMs`.
 * `drain()` flushes what is pending and waits for all. `flush` must not throw (the consumer settles each
 * message itself); a throw is reported to `onError`.
 */
export function createBatchCollector<T>(options: { size: number; lingerMs: number; flush(items: T[]): Promise<void>; onError(error: unknown): void }) {
  let pending: T[] = [];
  /** When the oldest pending item arrived. */
  let oldestAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  function cancelTimer(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
  }

  /** Starts the next flush if none runs: a full batch now, a partial one when its oldest item has lingered (or `now`). */
  function schedule(now = false): void {
    if (running || pending.length === 0) return;
    const waited = Date.now() - oldestAt;
    if (now || pending.length >= options.size || waited >= options.lingerMs) return startFlush();
    timer ??= setTimeout(() => {
      timer = undefined;
      schedule(true);
    }, options.lingerMs - waited);
  }

  function startFlush(): void {
    cancelTimer();
    const items = pending.slice(0, options.size);
    pending = pending.slice(options.size);
    oldestAt = Date.now();
    running = options
      .flush(items)
      .catch(options.onError)
      .finally(() => {
        running = undefined;
        schedule();
      });
  }

  return {
    add(item: T): void {
      if (pending.length === 0) oldestAt = Date.now();
      pending.push(item);
      schedule();
    },
    async drain(): Promise<void> {
      while (running || pending.length > 0) {
        schedule(true);
        await running;
      }
    },
    get pending(): number {
      return pending.length;
    },
  };
}
