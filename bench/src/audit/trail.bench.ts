// `Deal.auditTrail` at scale (issue 16): seeds BENCH_TRAIL_ROWS audit rows (default 10 million) straight
// into the partitioned `audit.entries` of a throwaway PostgreSQL database with generate_series, spread
// over 12 monthly partitions, BENCH_TRAIL_ORGS organisations and ~50 entries per deal, then times the
// trail service (deal-access check + first page) for random deals and prints one JSON line with p50/p95
// and the plan's index. Seeding skips the hash chain (the read does not look at it) and builds the
// read indexes after the rows are in. Distributed mode only.
// The seeded database is kept (`BENCH_TRAIL_DATABASE_URL`, default `crm_audit_trail_bench` on the local
// server) and reused by the next run with the same rows and organisations: migrations added since are
// applied to it (new indexes included), the seed is not repeated. `BENCH_TRAIL_RESEED=1` seeds it again.
//   TEST_MODE=distributed [BENCH_TRAIL_ROWS=10000000] [BENCH_TRAIL_ORGS=100] [BENCH_TRAIL_SAMPLES=300] pnpm bench:audit:trail   (target p95 ≤ 50 ms)
import { createDatabase, createLogger, runMigrations, type DatabaseHandle, type Identity } from '@crm/platform';
import { Client } from 'pg';
import { ensureDatabase } from '../crm-scale/bench-database';
import { testMode } from '@crm/platform/testing';
import { createAuditSubgraph } from '@crm/subgraph-audit';
import { sql, type SQL } from 'drizzle-orm';

const ROWS = Number(process.env.BENCH_TRAIL_ROWS ?? 10_000_000);
const ORGANIZATIONS = Number(process.env.BENCH_TRAIL_ORGS ?? 100);
const SAMPLES = Number(process.env.BENCH_TRAIL_SAMPLES ?? 300);
const ENTRIES_PER_DEAL = 50;
const CHUNK = 1_000_000;
const MONTHS = 12;
const DEALS_PER_ORG = Math.max(1, Math.floor(ROWS / ORGANIZATIONS / ENTRIES_PER_DEAL));

/** Deterministic ids, so the sampler can name deals the seed made. */
const organizationSql = (n: SQL) => sql`('00000000-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
const dealSql = (org: SQL, deal: SQL) => sql`md5('deal-' || ${org} || '-' || ${deal})::uuid`;

const DATABASE_URL = process.env.BENCH_TRAIL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/crm_audit_trail_bench';

async function main(): Promise<void> {
  if (testMode() !== 'distributed') throw new Error('The trail bench seeds PostgreSQL: run it with TEST_MODE=distributed');
  const logger = createLogger({ name: 'bench-audit-trail', level: 'warn' });
  if (process.env.BENCH_TRAIL_RESEED === '1') await dropDatabase(DATABASE_URL);
  await ensureDatabase(DATABASE_URL);
  const handle = await createDatabase({ kind: 'pg', url: DATABASE_URL, poolSize: 2, applicationName: 'bench-audit-trail' });
  const db = handle.db;
  const rowsOf = async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  try {
    const audit = createAuditSubgraph({ db, logger });
    await db.execute(sql`CREATE TABLE IF NOT EXISTS public.bench_trail_seed (rows bigint NOT NULL, organizations int NOT NULL)`);
    const [seeded] = await rowsOf<{ rows: string; organizations: number }>(sql`SELECT rows::text, organizations FROM public.bench_trail_seed`);
    const reused = seeded?.rows === String(ROWS) && seeded.organizations === ORGANIZATIONS;
    if (seeded && !reused) throw new Error(`${DATABASE_URL} holds ${seeded.rows} rows of ${seeded.organizations} organisations: set BENCH_TRAIL_RESEED=1 to seed it again`);
    let seedSeconds = 0;
    const indexStarted = Date.now();
    if (!reused) seedSeconds = await seed(handle, audit);
    // Migrations added since the seed (an index, say) are built here on the seeded rows.
    await runMigrations(handle, [audit.migrations]);
    if (!reused) await db.execute(sql`INSERT INTO public.bench_trail_seed (rows, organizations) VALUES (${ROWS}, ${ORGANIZATIONS})`);
    await db.execute(sql`ANALYZE audit.entries`);
    const indexSeconds = (Date.now() - indexStarted) / 1000;

    // The deals sampled are readable by an admin of their organisation (Audit's deal-access read model).
    const samples = Array.from({ length: SAMPLES }, () => ({ org: Math.floor(Math.random() * ORGANIZATIONS), deal: Math.floor(Math.random() * DEALS_PER_ORG) }));
    const picked = await Promise.all(
      samples.map(async ({ org, deal }) => {
        const [ids] = await rowsOf<{ organization_id: string; deal_id: string }>(
          sql`SELECT ${organizationSql(sql`${org}::bigint`)} AS organization_id, ${dealSql(sql`${org}::bigint`, sql`${deal}::bigint`)} AS deal_id`,
        );
        return ids!;
      }),
    );
    for (const { organization_id, deal_id } of picked) {
      await db.execute(
        sql`INSERT INTO audit.deal_access (deal_id, organization_id, owner_id, participant_ids, archived, event_time) VALUES (${deal_id}, ${organization_id}, ${organization_id}, '{}', false, now()) ON CONFLICT DO NOTHING`,
      );
    }
    const plan = await genericPlan(picked[0]!.organization_id, picked[0]!.deal_id);
    const planText = plan.map((line) => line['QUERY PLAN']);
    const msOf = (label: string) => Number(planText.find((line) => line.startsWith(label))?.match(/([\d.]+) ms/)?.[1] ?? NaN);
    // Index scans that ran (a partition the LIMIT never reached shows `never executed`).
    const partitionsRead = planText.filter((line) => /Index Scan/.test(line) && !/never executed/.test(line)).length;
    const timings: number[] = [];
    let entriesSeen = 0;
    for (const { organization_id, deal_id } of picked) {
      const admin: Identity = { kind: 'user', userId: organization_id, orgId: organization_id, roles: ['ADMIN'] };
      const started = process.hrtime.bigint();
      const page = await audit.services.dealTrail.trail(admin, deal_id, { first: 20 });
      timings.push(Number(process.hrtime.bigint() - started) / 1e6);
      entriesSeen += page.edges.length;
    }
    timings.sort((a, b) => a - b);
    const at = (q: number) => Math.round(timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]! * 10) / 10;
    const [{ total }] = (await rowsOf<{ total: number }>(sql`SELECT count(*)::int AS total FROM audit.entries`)) as [{ total: number }];
    process.stdout.write(
      `${JSON.stringify({
        name: 'audit-deal-trail',
        rows: total,
        organizations: ORGANIZATIONS,
        partitions: MONTHS,
        entries_per_deal: ENTRIES_PER_DEAL,
        seed_s: Math.round(seedSeconds),
        index_s: Math.round(indexSeconds),
        samples: timings.length,
        mean_entries_per_page: Math.round((entriesSeen / timings.length) * 10) / 10,
        p50_ms: at(0.5),
        p95_ms: at(0.95),
        max_ms: at(1),
        // The trail query's plan for one deal: each month's (organisation, deal, time, sequence) index, newest month first.
        plan: [...new Set(planText.map((line) => line.trim().replace(/entries_\d{4}_\d{2}/g, 'entries_<month>').replace(/\s+\(cost.*$/, '').replace(/ entries_\d+$/, '')))].filter((line) => /^(->\s+)?(\w+ )*(Scan|Append|Limit|Sort)/.test(line)),
        partitions_read: partitionsRead,
        planning_ms: msOf('Planning Time'),
        execution_ms: msOf('Execution Time'),
      })}\n`,
    );
    process.stdout.write(`\n| rows | samples | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n| ${total.toLocaleString('en')} | ${timings.length} | ${at(0.5)} | ${at(0.95)} | ${at(1)} |\n`);
  } finally {
    await handle.close();
  }
}

/**
 * Migrates an empty database, drops the entries' indexes, fills the 12 months with generate_series and
 * builds the indexes again (much faster than maintaining them row by row). Returns the seconds the rows took.
 */
async function seed(handle: DatabaseHandle, audit: ReturnType<typeof createAuditSubgraph>): Promise<number> {
  const db = handle.db;
  const rowsOf = async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
  await runMigrations(handle, [audit.migrations]);
  const start = Date.UTC(2025, 0, 1);
  for (let month = 0; month < MONTHS; month++) await audit.services.partitions.ensureMonth(db, new Date(Date.UTC(2025, month, 1)));
  const indexes = await rowsOf<{ name: string; definition: string }>(sql`SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'audit' AND tablename = 'entries'`);
  await db.execute(sql`ALTER TABLE audit.entries DROP CONSTRAINT IF EXISTS entries_pkey`);
  for (const index of indexes) await db.execute(sql.raw(`DROP INDEX IF EXISTS audit."${index.name}"`));

  const seedStarted = Date.now();
  const span = `${MONTHS * 30} days`;
  for (let offset = 0; offset < ROWS; offset += CHUNK) {
    const last = Math.min(offset + CHUNK, ROWS);
    const org = sql`(g % ${ORGANIZATIONS})`;
    const deal = sql`((g / ${ORGANIZATIONS}) % ${DEALS_PER_ORG})`;
    await db.execute(sql`
      INSERT INTO audit.entries (id, organization_id, sequence, recorded_at, occurred_at, source, source_id, actor_kind, actor_id, channel,
                                 entity_type, entity_id, deal_id, action, outcome, changes, details, previous_hash, hash)
      SELECT md5('entry-' || g)::uuid, ${organizationSql(org)}, g / ${ORGANIZATIONS} + 1, t, t, 'event', md5('event-' || g), 'user',
             ${organizationSql(org)}::text, 'web', 'deal', ${dealSql(org, deal)}::text, ${dealSql(org, deal)}, 'crm.deal.updated', 'ok',
             '{"stage": {"from": "NEW", "to": "QUOTED"}}'::jsonb, NULL, md5('prev-' || g), md5('hash-' || g)
      FROM generate_series(${offset}::bigint, ${last - 1}::bigint) AS g,
           LATERAL (SELECT ${new Date(start).toISOString()}::timestamptz + (g::float8 / ${ROWS}) * ${span}::interval AS t) AS stamp`);
    process.stderr.write(`seeded ${last.toLocaleString('en')} rows in ${Math.round((Date.now() - seedStarted) / 1000)} s\n`);
  }
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  await db.execute(sql`ALTER TABLE audit.entries ADD PRIMARY KEY (recorded_at, id)`);
  // pg_indexes shows a partitioned table's index as `ON ONLY` (the parent alone); without ONLY it is built on every partition.
  for (const index of indexes.filter((i) => i.name !== 'entries_pkey')) await db.execute(sql.raw(index.definition.replace(' ON ONLY ', ' ON ')));
  return seedSeconds;
}

/**
 * The trail page's plan as the service runs it: a prepared statement on one connection, executed often
 * enough that PostgreSQL settles on its generic plan, then analysed.
 */
async function genericPlan(organizationId: string, dealId: string): Promise<{ 'QUERY PLAN': string }[]> {
  const client = new Client({ connectionString: DATABASE_URL, options: '-c jit=off' });
  await client.connect();
  try {
    await client.query('PREPARE trail(uuid, uuid, int) AS SELECT * FROM audit.entries WHERE organization_id = $1 AND deal_id = $2 ORDER BY recorded_at DESC, sequence DESC LIMIT $3');
    const execute = `EXECUTE trail(${client.escapeLiteral(organizationId)}, ${client.escapeLiteral(dealId)}, 21)`;
    for (let i = 0; i < 6; i++) await client.query(execute);
    return (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${execute}`)).rows;
  } finally {
    await client.end();
  }
}

async function dropDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(decodeURIComponent(target.pathname.slice(1)))} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
