// Sustained ingest into the partitioned, hash-chained audit trail (issue 16), laid out as in production:
// the producer's outbox is relayed to RabbitMQ by the producer (this process), and the Audit consumer
// runs in a process of its own (`ingest-consumer.ts`, Audit's production bus defaults). The backlog is
// relayed first, with the consumer's queue already bound, so what is timed is the consumer alone:
// `events_per_s` = entries committed into audit.entries per second, from its first commit to its last.
// `relay_events_per_s` is the producer's relay on its own, for reference.
//   TEST_MODE=distributed BENCH_EVENTS=20000 BENCH_ORGS=20 [BENCH_PREFETCH=10] [BENCH_RELAY_BATCH=500] pnpm bench:audit   (target ≥ 2,000 events/s)
// BENCH_CPU_PROF=<dir> writes a .cpuprofile of the consumer process.
//   BENCH_EVENTS=2000 pnpm bench:audit   (embedded: PGlite and the in-process bus, one process, end to end)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createLogger, runMigrations, type Db } from '@crm/platform';
import { createAmqpBus, createInProcessBus, createOutboxPublisher, type RunningBus } from '@crm/platform/bus';
import { createTestDatabase, createTestVhost, testMode } from '@crm/platform/testing';
import { createAuditSubgraph, type AuditSubgraph } from '@crm/subgraph-audit';
import { sql } from 'drizzle-orm';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 5_000);
const ORGANIZATIONS = Number(process.env.BENCH_ORGS ?? 20);
const BATCH = 500;
const RELAY_BATCH = Number(process.env.BENCH_RELAY_BATCH ?? 500);
const TIMEOUT_MS = 10 * 60_000;
const POLL_MS = 50;

const logger = createLogger({ name: 'bench-audit', level: 'warn' });
const round = (value: number) => Math.round(value);
const secondsSince = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** The backlog: EVENTS journal events over ORGANIZATIONS organisations, in the outbox. */
async function writeBacklog(db: Db, audit: AuditSubgraph): Promise<void> {
  const organizations = Array.from({ length: ORGANIZATIONS }, () => randomUUID());
  const publisher = createOutboxPublisher({ source: 'bench', tables: audit.busTables });
  for (let offset = 0; offset < EVENTS; offset += BATCH) {
    await db.transaction(async (tx) => {
      for (let i = offset; i < Math.min(offset + BATCH, EVENTS); i++) {
        const organizationId = organizations[i % ORGANIZATIONS]!;
        await publisher.publish(tx, 'crm.journal.entry_added', {
          orgId: organizationId,
          actorId: organizationId,
          data: { entryId: randomUUID(), dealId: randomUUID(), organizationId, authorId: organizationId, kind: 'NOTE', text: `bench note ${i}` },
        });
      }
    });
  }
}

const countEntries = async (db: Db) => ((await db.execute(sql`SELECT count(*)::int AS n FROM audit.entries`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

/** Polls audit.entries until EVENTS are in; the rate runs from the first committed batch to the last. */
async function watchCommits(db: Db, deadline: number) {
  let first: { at: bigint; n: number } | undefined;
  let recorded = 0;
  let last = process.hrtime.bigint();
  while (recorded < EVENTS && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    recorded = await countEntries(db);
    last = process.hrtime.bigint();
    if (!first && recorded > 0) first = { at: last, n: recorded };
  }
  const seconds = first ? Number(last - first.at) / 1e9 : 0;
  return { recorded, firstBatch: first?.n ?? 0, seconds, perSecond: first && seconds > 0 ? (recorded - first.n) / seconds : 0 };
}

async function distributed(): Promise<Record<string, unknown>> {
  const database = await createTestDatabase();
  const vhost = await createTestVhost();
  const producer = createAmqpBus({ url: vhost.url, logger, batchSize: RELAY_BATCH });
  try {
    const db = database.handle.db;
    const audit = createAuditSubgraph({ db, logger });
    await runMigrations(database.handle, [audit.migrations]);
    // The consumers' queues exist before the relay, as they do in a running system: a bus with Audit's
    // consumers declares and binds them, and stops before anything is published.
    const declaring = createAmqpBus({ url: vhost.url, logger });
    for (const consumer of audit.consumers ?? []) declaring.attachConsumer({ name: 'audit', db, tables: audit.busTables }, consumer);
    await declaring.start();
    await declaring.stop();
    await writeBacklog(db, audit);

    producer.attachOutbox({ name: 'bench-producer', db, tables: audit.busTables, listen: database.handle.listen?.bind(database.handle) });
    const relayStarted = process.hrtime.bigint();
    await producer.start();
    const deadline = Date.now() + TIMEOUT_MS;
    while (producer.stats().published < EVENTS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const relaySeconds = secondsSince(relayStarted);
    await producer.stop();

    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    const child = spawn(process.execPath, [...profile, '--import', 'tsx', join(__dirname, 'ingest-consumer.ts')], {
      env: { ...process.env, BENCH_DATABASE_URL: database.url, BENCH_AMQP_URL: vhost.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout });
    const output: string[] = [];
    const ready = new Promise<void>((resolve, reject) => {
      lines.on('line', (line) => (line === 'ready' ? resolve() : output.push(line)));
      child.once('exit', (code) => reject(new Error(`the consumer process exited with ${code}`)));
    });
    const spawned = process.hrtime.bigint();
    const commits = watchCommits(db, deadline);
    await ready;
    const startupSeconds = secondsSince(spawned);
    const result = await commits;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    const stats = output.map((line) => JSON.parse(line) as { stats?: unknown }).find((line) => line.stats)?.stats;
    return {
      recorded: result.recorded,
      relay_events_per_s: round(EVENTS / relaySeconds),
      consumer_startup_s: Math.round(startupSeconds * 100) / 100,
      first_batch: result.firstBatch,
      ingest_s: Math.round(result.seconds * 100) / 100,
      events_per_s: round(result.perSecond),
      consumer_stats: stats,
    };
  } finally {
    await producer.stop();
    await database.drop();
    await vhost.drop();
  }
}

/** Embedded mode: PGlite and the in-process bus in this one process, relay and consumer together. */
async function embedded(): Promise<Record<string, unknown>> {
  const database = await createTestDatabase();
  const bus: RunningBus = createInProcessBus({ logger, pollIntervalMs: 50 });
  try {
    const db = database.handle.db;
    const audit = createAuditSubgraph({ db, logger });
    await runMigrations(database.handle, [audit.migrations]);
    const endpoint = { name: 'audit', db, tables: audit.busTables, listen: database.handle.listen?.bind(database.handle) };
    bus.attachOutbox(endpoint);
    for (const consumer of audit.consumers ?? []) bus.attachConsumer(endpoint, consumer);
    await writeBacklog(db, audit);
    const started = process.hrtime.bigint();
    await bus.start();
    const result = await watchCommits(db, Date.now() + TIMEOUT_MS);
    return { recorded: result.recorded, events_per_s: round(result.recorded / secondsSince(started)), stats: bus.stats() };
  } finally {
    await bus.stop();
    await database.drop();
  }
}

async function main(): Promise<void> {
  const mode = testMode();
  const result = mode === 'distributed' ? await distributed() : await embedded();
  process.stdout.write(`${JSON.stringify({ name: 'audit-ingest', mode, events: EVENTS, organizations: ORGANIZATIONS, ...result })}\n`);
  process.stdout.write(`\n| mode | events | organisations | ingest events/s | relay events/s |\n|---|---|---|---|---|\n`);
  process.stdout.write(`| ${mode} | ${EVENTS} | ${ORGANIZATIONS} | ${String(result['events_per_s'])} | ${String(result['relay_events_per_s'] ?? '—')} |\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
