import { randomBytes } from 'node:crypto';

/**
 * UUID version 7 (RFC 9562): the first 48 bits are the creation time in Unix milliseconds, the rest
 * random. Ids made this way say when they were made, which lets a read model tell an id that may still
 * be on its way from one that never will be (ADR 0051); they also index in creation order.
 */
export function timeOrderedId(nowMs: number = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** When a version-7 id was made (Unix milliseconds); null for any other id. */
export function timeOrderedIdCreatedAt(id: string): number | null {
  if (!V7.test(id)) return null;
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
