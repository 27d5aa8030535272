import { PGlite } from '@electric-sql/pglite';
import { sql, type ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { Pool } from 'pg';

type NoRelations = Record<string, never>;

/** One type for both drivers: code above this file never knows whether it runs on pg or PGlite. */
export type Db = PgDatabase<PgQueryResultHKT, NoRelations>;
export type Tx = PgTransaction<PgQueryResultHKT, NoRelations, ExtractTablesWithRelations<NoRelations>>;
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseConfig =
  | { kind: 'pg'; url: string; poolSize?: number; applicationName?: string }
  /** `dataDir` undefined keeps the database in memory (tests). */
  | { kind: 'pglite'; dataDir?: string };

export interface DatabaseHandle {
  readonly kind: DatabaseConfig['kind'];
  readonly db: Db;
  /** Runs `fn` holding a PostgreSQL session-level advisory lock, on a connection of its own. */
  withAdvisoryLock<T>(key: string, fn: (db: Db) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function createDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.kind === 'pg' ? createPgDatabase(config) : createPgliteDatabase(config);
}

function createPgDatabase(config: Extract<DatabaseConfig, { kind: 'pg' }>): DatabaseHandle {
  const pool = new Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    application_name: config.applicationName ?? 'crm',
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = drizzleNodePg(pool) as unknown as Db;
  return {
    kind: 'pg',
    db,
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
        try {
          return await fn(drizzleNodePg(client) as unknown as Db);
        } finally {
          await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
        }
      } finally {
        client.release();
      }
    },
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
    async close() {
      await pool.end();
    },
  };
}

async function createPgliteDatabase(config: Extract<DatabaseConfig, { kind: 'pglite' }>): Promise<DatabaseHandle> {
  const client = config.dataDir ? new PGlite(config.dataDir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    // PGlite is one connection owned by this process: nobody else can hold the lock.
    withAdvisoryLock: (_key, fn) => fn(db),
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
    async close() {
      await client.close();
    },
  };
}
