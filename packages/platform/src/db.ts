import { mkdir } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { sql, type ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { Client, Pool } from 'pg';
import { traceQueries } from './db-tracing';
import { roleOfUrl } from './row-level-security/app-role';
import { scopeConnectionsByOrganization } from './row-level-security/scoped-pool';

type NoRelations = Record<string, never>;

/** One type for both drivers: code above this file never knows whether it runs on pg or PGlite. */
export type Db = PgDatabase<PgQueryResultHKT, NoRelations>;
export type Tx = PgTransaction<PgQueryResultHKT, NoRelations, ExtractTablesWithRelations<NoRelations>>;
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export type DatabaseConfig =
  | {
      kind: 'pg';
      /** The owner's connection: migrations, and work that spans organisations (jobs, relays, consumers). */
      url: string;
      /**
       * The application role's connection (not the owner, no BYPASSRLS): with it, code acting for an
       * organisation runs there under row-level security (ADR 0067); without it, everything runs as `url`.
       */
      appUrl?: string;
      poolSize?: number;
      applicationName?: string;
    }
  /** `dataDir` undefined keeps the database in memory (tests). */
  | { kind: 'pglite'; dataDir?: string };

export interface DatabaseHandle {
  readonly kind: DatabaseConfig['kind'];
  readonly db: Db;
  /** Runs `fn` holding a PostgreSQL session-level advisory lock, on a connection of its own. */
  withAdvisoryLock<T>(key: string, fn: (db: Db) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  /**
   * LISTENs on `channel` (pg: one dedicated connection per handle, re-established after a drop; PGlite:
   * its own notifications). Notifications can be missed while reconnecting, so callers keep a poll too.
   */
  listen?(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  /** pg with an `appUrl`: the role that row-level security confines to one organisation (ADR 0067). */
  readonly appRole?: string;
  /** pg only: the connection pool's state, for metrics. */
  poolStats?(): { total: number; idle: number; waiting: number; max: number };
}

export async function createDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  return config.kind === 'pg' ? createPgDatabase(config) : createPgliteDatabase(config);
}

function createPgDatabase(config: Extract<DatabaseConfig, { kind: 'pg' }>): DatabaseHandle {
  const max = config.poolSize ?? 10;
  const system = createPool(config.url, max, config.applicationName ?? 'crm');
  const app = config.appUrl ? createPool(config.appUrl, max, `${config.applicationName ?? 'crm'}-app`) : undefined;
  if (app) scopeConnectionsByOrganization(app, system);
  const pool = app ?? system;
  const db = drizzleNodePg(pool) as unknown as Db;
  const listener = createPgListener(config.url);
  return {
    kind: 'pg',
    db,
    async withAdvisoryLock(key, fn) {
      const client = await system.connect();
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
    listen: (channel, onNotify) => listener.listen(channel, onNotify),
    async close() {
      await listener.close();
      await app?.end();
      await system.end();
    },
    ...(app ? { appRole: roleOfUrl(config.appUrl as string) } : {}),
    poolStats: () => {
      const pools = app ? [app, system] : [system];
      const sum = (count: (pool: Pool) => number) => pools.reduce((total, pool) => total + count(pool), 0);
      return { total: sum((p) => p.totalCount), idle: sum((p) => p.idleCount), waiting: sum((p) => p.waitingCount), max: max * pools.length };
    },
  };
}

function createPool(url: string, max: number, applicationName: string): Pool {
  const pool = new Pool({
    connectionString: url,
    max,
    application_name: applicationName,
    idleTimeoutMillis: 30_000,
    // Short OLTP queries only: when the planner overestimates rows, JIT compilation costs hundreds of
    // milliseconds for a query that runs in tens (measured with bench/crm-scale, docs/performance.md).
    options: '-c jit=off',
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // SQL spans under the request's or handler's span, when tracing is on (ADR 0058).
  pool.on('connect', traceQueries);
  return pool;
}

async function createPgliteDatabase(config: Extract<DatabaseConfig, { kind: 'pglite' }>): Promise<DatabaseHandle> {
  const releaseFolder = config.dataDir ? await ownDataFolder(config.dataDir) : async () => undefined;
  // The extensions migrations may CREATE (trigram search); PostgreSQL servers ship them in contrib.
  // PGlite's contrib exports carry ESM typings only, though a CommonJS build ships beside them.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
  const { btree_gin } = require('@electric-sql/pglite/contrib/btree_gin') as { btree_gin: Extension };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const options = { extensions: { pg_trgm, btree_gin } };
  const client = config.dataDir ? new PGlite(config.dataDir, options) : new PGlite(options);
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
    async listen(channel, onNotify) {
      const unlisten = await client.listen(channel, onNotify);
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    async close() {
      await client.close();
      await releaseFolder();
    },
  };
}

/**
 * A PGlite folder has one owner: a second process opening it would corrupt it. The lock is refreshed
 * while we run and goes stale if the process dies, so a crash never locks the data out for good.
 */
async function ownDataFolder(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, { lockfilePath: `${dataDir}.lock`, stale: 15_000, update: 5_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new Error(`${dataDir} is in use by another running instance; stop it first (or use another DATA_DIR)`);
    }
    throw error;
  }
}

/** LISTEN needs a connection of its own (a pooled one would be handed to queries); it comes back after a drop. */
function createPgListener(url: string) {
  const subscribers = new Map<string, Set<(payload: string) => void>>();
  let client: Promise<Client> | undefined;
  let closed = false;
  const quote = (channel: string) => `"${channel.replace(/"/g, '""')}"`;

  function connect(): Promise<Client> {
    const next = new Client({ connectionString: url, application_name: 'crm-listen' });
    next.on('notification', (msg) => subscribers.get(msg.channel)?.forEach((fn) => fn(msg.payload ?? '')));
    next.on('error', () => {
      client = undefined;
      void next.end().catch(() => undefined);
      reconnectSoon();
    });
    return next.connect().then(async () => {
      for (const channel of subscribers.keys()) await next.query(`LISTEN ${quote(channel)}`);
      return next;
    });
  }
  function reconnectSoon(): void {
    if (closed || subscribers.size === 0) return;
    setTimeout(() => void ensure().catch(reconnectSoon), 1000).unref();
  }
  function ensure(): Promise<Client> {
    client ??= connect().catch((error: unknown) => {
      client = undefined;
      throw error;
    });
    return client;
  }
  return {
    async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
      const set = subscribers.get(channel) ?? new Set();
      const isNew = set.size === 0;
      set.add(onNotify);
      subscribers.set(channel, set);
      const conn = await ensure();
      if (isNew) await conn.query(`LISTEN ${quote(channel)}`);
      return async () => {
        set.delete(onNotify);
        if (set.size === 0) subscribers.delete(channel);
      };
    },
    async close() {
      closed = true;
      const current = client;
      client = undefined;
      if (current) await (await current.catch(() => undefined))?.end().catch(() => undefined);
    },
  };
}
