/**
 * A subscription's outgoing results as an async iterable, bounded: when more than `limit` results wait
 * for a slow client, `onOverflow` runs (the connection is closed) instead of memory growing.
 */
export function createLiveQueue<T>(limit: number, onOverflow: () => void, onReturn: () => void) {
  const items: T[] = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    onReturn();
    waiting?.({ value: undefined, done: true });
    waiting = null;
  };
  const iterator: AsyncIterableIterator<T> = {
    next: () => {
      const item = items.shift();
      if (item !== undefined) return Promise.resolve({ value: item, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: () => {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return {
    iterator,
    push(item: T): void {
      if (done) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: item, done: false });
      } else if (items.length >= limit) onOverflow();
      else items.push(item);
    },
    /** Ends the stream after what is queued (the client gets `complete`). */
    end: finish,
  };
}
