import { createHash, randomBytes } from 'node:crypto';

/**
 * The credential of a one-time link (Documents' transfers, Audit's exports): 32 random bytes, base64url,
 * handed to the client once; only its SHA-256 is stored, so a leaked table grants nothing.
 */
export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: oneTimeTokenHash(token) };
}

export function oneTimeTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
