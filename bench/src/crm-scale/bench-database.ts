import { Client } from 'pg';

export const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/crm_bench';

/** The scale benchmark's database: `BENCH_DATABASE_URL`, or `crm_bench` on the local server. */
export function benchDatabaseUrl(): string {
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;
  // startBenchSystem() reads the variable: both halves of the benchmark must use the same database.
  process.env.BENCH_DATABASE_URL = url;
  return url;
}

/** Creates the database named in `url` when the server does not have it yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** A short-lived direct connection for seeding and for drawing benchmark inputs. */
export async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: 'crm-bench' });
  await client.connect();
  return client;
}
