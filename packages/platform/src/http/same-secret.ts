import { timingSafeEqual } from 'node:crypto';

/** Whether a presented secret equals the expected one, compared in constant time. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
