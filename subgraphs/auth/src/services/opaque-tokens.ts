import { createHash, randomBytes, randomInt } from 'node:crypto';

/** 32 random bytes, base64url: refresh tokens, invite tokens, API key secrets. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of a secret: enough to find it, useless to use it. */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

// No 0/O, 1/I/L: people retype these codes from one screen into another.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A short human-typable one-time code (8 chars ≈ 40 bits; only valid for minutes and once). */
export function randomCode(length = 8): string {
  let code = '';
  for (let i = 0; i < length; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}
