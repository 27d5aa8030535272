import type { Client } from 'pg';
import { startBenchSystem } from '../support/bench-system';
import { report } from '../support/measure';
import { benchDatabaseUrl, connect, ensureDatabase } from './bench-database';
import { loginDemoUser } from './demo-identities';
import {
  CLIENTS,
  DEALS,
  calculationsSql,
  clientsSql,
  dealsSql,
  hashFunctionSql,
  journalSql,
  participantsSql,
  policiesSql,
  seedDealsTableSql,
  seedPairsSql,
  seededIdFunctionSql,
  syntheticSellersSql,
  type SeedParams,
} from './seed-statements';

/** Tables the seed fills; their secondary indexes are rebuilt once afterwards instead of row by row. */
const BULK_TABLES = ['clients', 'deals', 'deal_participants', 'journal_entries', 'calculations', 'policies'];

/**
 * `pnpm bench:crm:seed`: 300,000 clients and 1,000,000 deals (with participants, journal, quotes and
 * policies) for the demo organisation in real PostgreSQL. The system starts once first, so every
 * migration and the demo organisation exist; then set-based SQL in one transaction. Does nothing when
 * the organisation already has the seeded counts.
 */
async function main(): Promise<void> {
  const url = benchDatabaseUrl();
  await ensureDatabase(url);
  const params = await prepareSystem();
  const client = await connect(url);
  try {
    const before = await counts(client, params.organizationId);
    if (before.clients >= CLIENTS && before.deals >= DEALS) {
      report({ bench: 'crm-scale-seed', skipped: true, reason: 'already seeded', ...before });
      return;
    }
    if (before.clients > 0 || before.deals > 0) {
      throw new Error(`the demo organisation has ${before.clients} clients and ${before.deals} deals but not the seeded counts: drop the database and seed again`);
    }
    const started = process.hrtime.bigint();
    const steps = await seed(client, params);
    const vacuumStarted = process.hrtime.bigint();
    // Outside the transaction: statistics for the planner and a visibility map for index-only scans.
    for (const table of BULK_TABLES) await client.query(`VACUUM (ANALYZE) crm.${table}`);
    await client.query('VACUUM (ANALYZE) auth.users');
    steps.vacuum_analyze = seconds(vacuumStarted);
    report({ bench: 'crm-scale-seed', skipped: false, ...(await counts(client, params.organizationId)), seconds: seconds(started), steps });
  } finally {
    await client.end();
  }
}

/** Starts the whole system once (migrations, demo organisation and reference lists) and learns the demo ids. */
async function prepareSystem(): Promise<SeedParams> {
  const bench = await startBenchSystem();
  try {
    const [admin, seller, executor] = await Promise.all(
      ['admin@demo.local', 'seller@demo.local', 'executor@demo.local'].map((email) => loginDemoUser(bench.system.url, email)),
    );
    const now = new Date();
    return {
      organizationId: admin!.organizationId,
      adminId: admin!.id,
      sellerId: seller!.id,
      executorId: executor!.id,
      today: now.toISOString().slice(0, 10),
      now: now.toISOString(),
    };
  } finally {
    await bench.stop();
  }
}

async function seed(client: Client, params: SeedParams): Promise<Record<string, number>> {
  const steps: Record<string, number> = {};
  const step = async (name: string, sql: string) => {
    const t0 = process.hrtime.bigint();
    await client.query(sql);
    steps[name] = seconds(t0);
  };
  await client.query('BEGIN');
  try {
    await client.query("SET LOCAL maintenance_work_mem = '512MB'");
    await client.query("SET LOCAL work_mem = '256MB'");
    // Rows are consistent by construction: skip the per-row foreign-key triggers (superuser only).
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query(hashFunctionSql);
    await client.query(seededIdFunctionSql);
    const indexes = await secondaryIndexes(client);
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    await step('synthetic_sellers', syntheticSellersSql(params));
    await step('clients', clientsSql(params));
    await step('deal_attributes', seedDealsTableSql(params));
    await step('deals', dealsSql(params));
    await step('participants', participantsSql(params));
    await step('journal', journalSql());
    await step('reference_pairs', seedPairsSql(params));
    await step('calculations', calculationsSql());
    await step('policies', policiesSql(params));
    const t0 = process.hrtime.bigint();
    for (const index of indexes) await client.query(index.definition);
    steps.indexes = seconds(t0);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return steps;
}

/** The bulk tables' indexes that back no constraint, with the exact definitions to rebuild them. */
async function secondaryIndexes(client: Client): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'crm' AND t.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [BULK_TABLES],
  );
  return rows.map((r) => ({ name: r.name.includes('.') ? r.name : `crm.${r.name}`, definition: r.definition }));
}

interface SeedCounts {
  clients: number;
  deals: number;
  participants: number;
  journal_entries: number;
  calculations: number;
  policies: number;
  deals_to_review_today: number;
}

async function counts(client: Client, organizationId: string): Promise<SeedCounts> {
  const { rows } = await client.query<SeedCounts>(
    `SELECT (SELECT count(*)::int FROM crm.clients WHERE organization_id = $1) AS clients,
            (SELECT count(*)::int FROM crm.deals WHERE organization_id = $1) AS deals,
            (SELECT count(*)::int FROM crm.deal_participants WHERE organization_id = $1) AS participants,
            (SELECT count(*)::int FROM crm.journal_entries WHERE organization_id = $1) AS journal_entries,
            (SELECT count(*)::int FROM crm.calculations WHERE organization_id = $1) AS calculations,
            (SELECT count(*)::int FROM crm.policies WHERE organization_id = $1) AS policies,
            (SELECT count(*)::int FROM crm.deals WHERE organization_id = $1 AND NOT archived AND review_date <= (now() AT TIME ZONE 'UTC')::date) AS deals_to_review_today`,
    [organizationId],
  );
  return rows[0]!;
}

const seconds = (from: bigint) => Math.round(Number(process.hrtime.bigint() - from) / 1e7) / 100;

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
