/** What replaces a secret's value: its presence stays visible, its value never leaves the request. */
export const REDACTED = '[REDACTED]';

/** Field names whose values are secrets wherever they appear: passwords, tokens, keys, one-time codes. */
const SECRET_NAME = /password|passwd|passphrase|^pass$|secret|token|api_?key|private_?key|credential|authorization|cookie|signature|^otp$|^code$|^key$/i;

export function isSecretField(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * A copy of `value` with every secret field's value replaced, however deeply nested (variables,
 * event data): what the audit trail records instead of the original.
 */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, isSecretField(key) ? REDACTED : redactSecrets(inner)]));
}
