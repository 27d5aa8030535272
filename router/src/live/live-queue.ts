/** Who a queue tells when its client is too slow, and when the stream has ended (returned by the server or ended). */
export interface LiveQueueOwner {
  overflow(): void;
  returned(): void;
}

/**
 * A subscription's outgoing results as an async iterable, bounded: when more than `limit` results wait
 * for a slow client, the owner's `overflow` runs (the connection is closed) instead of memory growing.
 * A class, not closures: an idle subscriber costs one object here, not five functions and their
 * context (ADR 0075).
 */
export class LiveQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;

  constructor(
    private readonly limit: number,
    private readonly owner: LiveQueueOwner,
  ) {}

  next(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  push(item: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: item, done: false });
    } else if (this.items.length >= this.limit) this.owner.overflow();
    else this.items.push(item);
  }

  /** Ends the stream after what is queued (the client gets `complete`). */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.owner.returned();
    this.waiting?.({ value: undefined, done: true });
    this.waiting = null;
  }
}
