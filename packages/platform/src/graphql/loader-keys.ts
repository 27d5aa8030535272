/**
 * DataLoader batch results in key order: the one home for lining rows up with the keys asked for.
 * A key with no row gets `null` (one) or an empty list (many), never another key's row.
 */
export function oneByKey<T>(rows: readonly T[], keys: readonly string[], keyOf: (row: T) => string): (T | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

export function manyByKey<T>(rows: readonly T[], keys: readonly string[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
