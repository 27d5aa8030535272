import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDatabase, type DatabaseHandle } from '../db';
import { defaultAppUrl, ensureAppRole } from '../row-level-security/app-role';
import { testMode } from './test-mode';

export const TEST_ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Present in distributed mode: a URL other processes can connect to. */
  url?: string;
  /** Distributed mode: the application role's URL, the one row-level security confines (ADR 0067). */
  appUrl?: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: in-memory PGlite in embedded mode, a newly created
 * PostgreSQL database (dropped afterwards) in distributed mode.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testMode() === 'embedded') {
    const handle = await createDatabase({ kind: 'pglite' });
    return { handle, drop: () => handle.close() };
  }
  const name = `crm_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  // Row-level security is on, as in production: requests run as an application role (ADR 0067).
  const appUrl = defaultAppUrl(url.toString());
  await ensureAppRole(TEST_ADMIN_DATABASE_URL, appUrl);
  const handle = await createDatabase({ kind: 'pg', url: url.toString(), appUrl, poolSize: 5 });
  return {
    handle,
    url: url.toString(),
    appUrl,
    async drop() {
      await handle.close();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
