import { sql } from 'drizzle-orm';
import type { Executor } from '@crm/platform';
import { MIGRATIONS_SCHEMA, quoteIdent, rows, tableKey, tableRef, type TableInfo } from './catalog';

/** What a backup promises and a restore must reproduce: compared field by field after a restore. */
export interface DatabaseFacts {
  /** `schema.table` → rows. */
  rowCounts: Record<string, number>;
  /** `schema.table.column` → organisation → currency (`-` without one) → sum, exact decimal text. */
  moneySums: Record<string, Record<string, Record<string, string>>>;
  /** Subgraph schema → its newest applied migration (drizzle's journal in `drizzle.<schema>_migrations`). */
  migrationHeads: Record<string, { applied: number; hash: string; createdAt: string }>;
}

/** Counts and sums every table; run it inside the backup's snapshot so they describe exactly the dumped rows. */
export async function readDatabaseFacts(executor: Executor, tables: TableInfo[]): Promise<DatabaseFacts> {
  const facts: DatabaseFacts = { rowCounts: {}, moneySums: {}, migrationHeads: {} };
  for (const table of tables) {
    const [count] = await rows<{ count: string }>(executor, sql.raw(`SELECT count(*)::text AS count FROM ${tableRef(table)}`));
    facts.rowCounts[tableKey(table)] = Number(count?.count ?? 0);
    if (table.schema === MIGRATIONS_SCHEMA && table.name.endsWith('_migrations')) {
      const [head] = await rows<{ applied: string; hash: string; created_at: string }>(
        executor,
        sql.raw(`SELECT count(*) OVER ()::text AS applied, hash, created_at::text AS created_at FROM ${tableRef(table)} ORDER BY created_at DESC, id DESC LIMIT 1`),
      );
      if (head) facts.migrationHeads[table.name.replace(/_migrations$/, '')] = { applied: Number(head.applied), hash: head.hash, createdAt: head.created_at };
    }
    if (!table.perOrganization) continue;
    for (const column of table.moneyColumns) {
      const currency = table.hasCurrency ? 'currency' : `'-'`;
      const sums = await rows<{ organization_id: string; currency: string; total: string }>(
        executor,
        sql.raw(
          `SELECT organization_id::text AS organization_id, coalesce(${currency}, '-') AS currency, sum(${quoteIdent(column)})::text AS total
           FROM ${tableRef(table)} WHERE ${quoteIdent(column)} IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
        ),
      );
      if (sums.length === 0) continue;
      const byOrganization: Record<string, Record<string, string>> = {};
      for (const sum of sums) (byOrganization[sum.organization_id] ??= {})[sum.currency] = sum.total;
      facts.moneySums[`${tableKey(table)}.${column}`] = byOrganization;
    }
  }
  return facts;
}

/** Human-readable differences between what the backup recorded and what a database holds; empty when equal. */
export function compareFacts(expected: DatabaseFacts, actual: DatabaseFacts): string[] {
  const differences: string[] = [];
  const compare = (what: string, a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const left = JSON.stringify(a[key] ?? null);
      const right = JSON.stringify(b[key] ?? null);
      if (left !== right) differences.push(`${what} ${key}: backup ${left}, restored ${right}`);
    }
  };
  compare('rows', expected.rowCounts, actual.rowCounts);
  compare('money', expected.moneySums, actual.moneySums);
  compare('migrations', expected.migrationHeads, actual.migrationHeads);
  return differences;
}
