import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Whether a presented secret equals the expected one, compared in constant time. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Telegram's webhook `secret_token` (TELEGRAM_WEBHOOK_SECRET): Telegram allows A-Z, a-z, 0-9, _ and -; 16+ here, it is a credential. */
export const telegramSecretTokenField = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, '16 to 256 characters of A-Z, a-z, 0-9, _ and -')
    .optional(),
);
