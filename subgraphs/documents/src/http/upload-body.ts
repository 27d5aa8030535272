import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { SNIFF_BYTES } from '../services/content-sniffer';

export class TooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than ${maxBytes} bytes`);
  }
}

export interface MeteredBody {
  /** The first bytes (up to the sniffer's sample), read before anything is stored. */
  head: Buffer;
  /** The whole body again (head included), counted and hashed as it flows; fails once it passes `maxBytes`. */
  body: Readable;
  /** Size and SHA-256 of what went through `body`; only meaningful once it has ended. */
  totals(): { size: number; sha256: string };
  /** Whether the body passed `maxBytes` (however the backend reported the broken stream). */
  exceeded(): boolean;
}

/**
 * Reads an upload without holding it: the head for sniffing, then a stream for the storage backend,
 * which hashes and counts on the way and breaks off past the limit (nothing of it is stored then).
 */
export async function meterBody(source: Readable, maxBytes: number): Promise<MeteredBody> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    chunks.push(next.value);
    headLength += next.value.length;
  }
  const head = Buffer.concat(chunks);
  const hash = createHash('sha256');
  let size = 0;
  async function* rest(): AsyncGenerator<Buffer> {
    yield head;
    if (ended) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  // One generator from the request to the backend: a client that hangs up (the request's iterator
  // throws) or a body past the limit fails the backend's write, which then leaves nothing behind.
  async function* metered(): AsyncGenerator<Buffer> {
    for await (const chunk of rest()) {
      size += chunk.length;
      if (size > maxBytes) throw new TooLargeError(maxBytes);
      hash.update(chunk);
      yield chunk;
    }
  }
  const body = Readable.from(metered());
  let digest: string | undefined;
  return { head: head.subarray(0, SNIFF_BYTES), body, exceeded: () => size > maxBytes, totals: () => ({ size, sha256: (digest ??= hash.digest('hex')) }) };
}
