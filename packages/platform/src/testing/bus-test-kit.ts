import { pgSchema } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Db } from '../db';
import { busTables } from '../bus/tables';
import type { BusEndpoint } from '../bus/types';

/**
 * Creates `schema` with the bus tables (outbox, inbox, dead_letters) as a subgraph's migration would,
 * and returns the endpoint a bus attaches to. The DDL mirrors bus/tables.ts for tests that have no
 * drizzle-kit migrations of their own.
 */
export async function createBusTestEndpoint(handle: DatabaseHandle, schema: string): Promise<BusEndpoint> {
  const statements = [
    `CREATE SCHEMA IF NOT EXISTS "${schema}"`,
    `CREATE TABLE "${schema}".outbox (
       seq bigserial PRIMARY KEY, id uuid NOT NULL UNIQUE, org_id text NOT NULL, type text NOT NULL,
       envelope jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), published_at timestamptz,
       attempts integer NOT NULL DEFAULT 0, last_error text)`,
    `CREATE INDEX ON "${schema}".outbox (seq) WHERE published_at IS NULL`,
    `CREATE TABLE "${schema}".inbox (
       consumer text NOT NULL, event_id text NOT NULL, org_id text NOT NULL,
       processed_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (consumer, event_id))`,
    `CREATE TABLE "${schema}".dead_letters (
       id uuid PRIMARY KEY DEFAULT gen_random_uuid(), consumer text NOT NULL, event_id text NOT NULL,
       org_id text NOT NULL, type text NOT NULL, envelope jsonb NOT NULL, error text NOT NULL,
       attempts integer NOT NULL, failed_at timestamptz NOT NULL DEFAULT now(), replayed_at timestamptz)`,
  ];
  for (const statement of statements) await handle.db.execute(sql.raw(statement));
  return {
    name: schema,
    db: handle.db,
    tables: busTables(pgSchema(schema)),
    ...(handle.listen ? { listen: handle.listen.bind(handle) } : {}),
  };
}

/** Polls `probe` until it returns true: tests wait for asynchronous delivery without fixed sleeps. */
export async function waitUntil(probe: () => Promise<boolean> | boolean, { timeoutMs = 20_000, intervalMs = 25, what = 'condition' } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** `SELECT count(*)` for assertions, the same on pg and PGlite. */
export async function countRows(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  // Both drivers return `{ rows }`; the shared Db type cannot say so.
  const result = (await db.execute(sql`SELECT count(*)::int AS count FROM (${query}) AS counted`)) as unknown as { rows: { count: number }[] };
  return Number(result.rows[0]?.count ?? 0);
}
