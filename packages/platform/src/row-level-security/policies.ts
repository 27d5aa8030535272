import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../db';
import { ORGANIZATION_SETTING } from './scoped-pool';

/** The columns that say which organisation a row belongs to: `organization_id` (uuid) in the subgraphs' tables, `org_id` (text) in the bus tables. */
const ORGANIZATION_COLUMNS = ['organization_id', 'org_id'];
export const ORGANIZATION_POLICY = 'organization_isolation';

export interface OrganizationTable {
  schema: string;
  table: string;
  column: string;
  type: string;
}

/** Every table (partitioned parents, not their partitions) of `schemas` with an organisation column. */
export async function tablesWithOrganization(db: Db, schemas: readonly string[]): Promise<OrganizationTable[]> {
  const result = await rows<OrganizationTable>(db, sql`
    SELECT n.nspname AS schema, c.relname AS "table", a.attname AS column, format_type(a.atttypid, NULL) AS type
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND n.nspname IN (${sql.join(schemas.map((schema) => sql`${schema}`), sql`, `)})
      AND a.attname IN (${sql.join(ORGANIZATION_COLUMNS.map((column) => sql`${column}`), sql`, `)})
    ORDER BY 1, 2, 3`);
  // A table with both columns is checked on the first one found (`organization_id`).
  const seen = new Set<string>();
  return result.filter((row) => {
    const key = `${row.schema}.${row.table}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Tables of `schemas` with an organisation column but no enabled isolation policy: must be none (ADR 0067). */
export async function tablesWithoutOrganizationPolicy(db: Db, schemas: readonly string[]): Promise<string[]> {
  const tables = await tablesWithOrganization(db, schemas);
  const result = await rows<{ schema: string; table: string }>(db, sql`
    SELECT p.schemaname AS schema, p.tablename AS "table"
    FROM pg_policies p
    JOIN pg_namespace n ON n.nspname = p.schemaname
    JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = p.tablename
    WHERE p.policyname = ${ORGANIZATION_POLICY} AND c.relrowsecurity`);
  const protectedTables = new Set(result.map((row) => `${row.schema}.${row.table}`));
  return tables.map(({ schema, table }) => `${schema}.${table}`).filter((name) => !protectedTables.has(name));
}

/**
 * Distributed mode, run by the owner after the migrations: every table of `schemas` with an
 * organisation column gets row-level security and a policy letting a non-owner see and write only
 * the rows of the organisation in `app.org_id` (none when it is unset); `appRole` gets the DML it
 * needs, now and on tables created later. Generated from the catalogue, not written per migration,
 * so a new table is covered without anyone remembering to. Idempotent.
 */
export async function applyOrganizationPolicies(db: Db, schemas: readonly string[], appRole: string): Promise<void> {
  const role = sql.identifier(appRole);
  for (const schema of schemas) {
    const name = sql.identifier(schema);
    await db.execute(sql`GRANT USAGE ON SCHEMA ${name} TO ${role}`);
    await db.execute(sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${name} TO ${role}`);
    await db.execute(sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${name} TO ${role}`);
    await db.execute(sql`ALTER DEFAULT PRIVILEGES IN SCHEMA ${name} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${role}`);
    await db.execute(sql`ALTER DEFAULT PRIVILEGES IN SCHEMA ${name} GRANT USAGE, SELECT ON SEQUENCES TO ${role}`);
  }
  const missing = new Set(await tablesWithoutOrganizationPolicy(db, schemas));
  for (const { schema, table, column, type } of await tablesWithOrganization(db, schemas)) {
    if (!missing.has(`${schema}.${table}`)) continue;
    const target = sql`${sql.identifier(schema)}.${sql.identifier(table)}`;
    const setting = sql`current_setting(${sql.raw(`'${ORGANIZATION_SETTING}'`)}, true)`;
    // Compared in the column's own type, so the organisation indexes still serve the filter.
    const organization = type === 'uuid' ? sql`nullif(${setting}, '')::uuid` : setting;
    const matches = sql`${sql.identifier(column)} = ${organization}`;
    await db.execute(sql`ALTER TABLE ${target} ENABLE ROW LEVEL SECURITY`);
    await db.execute(sql`DROP POLICY IF EXISTS ${sql.identifier(ORGANIZATION_POLICY)} ON ${target}`);
    await db.execute(sql`CREATE POLICY ${sql.identifier(ORGANIZATION_POLICY)} ON ${target} USING (${matches}) WITH CHECK (${matches})`);
  }
  const left = await tablesWithoutOrganizationPolicy(db, schemas);
  if (left.length > 0) throw new Error(`row-level security: no organisation policy on ${left.join(', ')}`);
}

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  // Both drivers answer raw SQL with `{ rows }`; the shared Db type cannot say so.
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
