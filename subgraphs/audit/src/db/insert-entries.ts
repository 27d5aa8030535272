import type { Executor } from '@crm/platform';
import { getTableColumns, sql } from 'drizzle-orm';
import { entries, type EntryRow } from './entries-table';

/** Property name → column name of every `audit.entries` column. */
const COLUMNS = Object.entries(getTableColumns(entries)).map(([key, column]) => [key as keyof EntryRow, column.name] as const);

/**
 * Inserts rows with one parameter: a JSON array expanded by `json_populate_recordset` into the table's
 * row type. A multi-row VALUES of 200 audit rows has 4,200 parameters, and binding them cost more than
 * the insert itself (ADR 0065). Dates travel as ISO strings, jsonb columns as nested JSON.
 */
export async function insertEntries(executor: Executor, rows: readonly EntryRow[]): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(COLUMNS.map(([key, name]) => [name, row[key]]))));
  await executor.execute(sql`INSERT INTO ${entries} SELECT * FROM json_populate_recordset(NULL::${entries}, ${json}::json)`);
}
