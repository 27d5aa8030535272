import { messages, type MessageKey } from './messages';

/**
 * A kind of insurance as people call it: a known code (`OSAGO`, `KASKO`…, the server's `insuranceType`
 * words) in the reader's language; anything typed by hand («КАСКО», "marine") as typed.
 */
export function insuranceTypeText(t: (key: MessageKey) => string, value: string | null | undefined): string {
  if (!value) return '—';
  const key = `insuranceType.${value.trim().toUpperCase()}`;
  return Object.hasOwn(messages, key) ? t(key as MessageKey) : value;
}
