import { createHash } from 'node:crypto';
import type { EntryRow } from '../db/entries-table';

/** The `previous_hash` of an organisation's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth: jsonb reorders keys, so the hash must not depend on order. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The entry's hash: SHA-256 over every column but the hash itself, `previous_hash` included, so each
 * entry vouches for the one before it and altering, removing or reordering one breaks the chain there.
 */
export function entryHash(entry: Omit<EntryRow, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}
