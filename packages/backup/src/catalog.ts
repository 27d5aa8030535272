import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@crm/platform';

/** A table whose rows a backup carries: ordinary tables, and partitioned ones as a whole (their partitions are not listed). */
export interface TableInfo {
  schema: string;
  name: string;
  /** Columns a restore inserts (generated ones are computed again). */
  columns: string[];
  /** Has `organization_id`: row counts and money sums are kept per organisation. */
  perOrganization: boolean;
  /** `numeric` columns: money (ADR 0048), summed per organisation (and currency, when the table has one). */
  moneyColumns: string[];
  hasCurrency: boolean;
}

export interface PartitionInfo {
  schema: string;
  name: string;
  parent: string;
  /** `FOR VALUES FROM (…) TO (…)`, as PostgreSQL prints it. */
  bound: string;
}

export interface SequenceInfo {
  schema: string;
  name: string;
  /** Null while nothing was drawn from it. */
  lastValue: string | null;
}

/** Schemas the application owns: everything but PostgreSQL's own. `drizzle` holds the migration journals. */
export const MIGRATIONS_SCHEMA = 'drizzle';

export async function rows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const tableRef = (table: { schema: string; name: string }) => `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
export const tableKey = (table: { schema: string; name: string }) => `${table.schema}.${table.name}`;

const USER_SCHEMAS = sql`n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;

export async function listTables(executor: Executor): Promise<TableInfo[]> {
  const found = await rows<{ schema: string; name: string; columns: { name: string; type: string; generated: string }[] }>(
    executor,
    sql`SELECT n.nspname AS schema, c.relname AS name,
          (SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'generated', a.attgenerated) ORDER BY a.attnum)
             FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${USER_SCHEMAS}
        ORDER BY 1, 2`,
  );
  return found.map(({ schema, name, columns }) => {
    const names = columns.map((column) => column.name);
    return {
      schema,
      name,
      columns: columns.filter((column) => column.generated === '').map((column) => column.name),
      perOrganization: names.includes('organization_id'),
      moneyColumns: columns.filter((column) => column.type.startsWith('numeric')).map((column) => column.name),
      hasCurrency: names.includes('currency'),
    };
  });
}

export async function listPartitions(executor: Executor): Promise<PartitionInfo[]> {
  return rows<PartitionInfo>(
    executor,
    sql`SELECT n.nspname AS schema, c.relname AS name, p.relname AS parent, pg_get_expr(c.relpartbound, c.oid) AS bound
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_inherits i ON i.inhrelid = c.oid
        JOIN pg_class p ON p.oid = i.inhparent
        WHERE c.relispartition AND ${USER_SCHEMAS}
        ORDER BY 1, 2`,
  );
}

export async function listSequences(executor: Executor): Promise<SequenceInfo[]> {
  const found = await rows<{ schema: string; name: string; last_value: string | null }>(
    executor,
    sql`SELECT schemaname AS schema, sequencename AS name, last_value::text AS last_value FROM pg_sequences WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  return found.map((sequence) => ({ schema: sequence.schema, name: sequence.name, lastValue: sequence.last_value }));
}
