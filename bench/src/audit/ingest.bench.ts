// Sustained ingest into the partitioned, hash-chained audit trail (issue 16): events written to an
// outbox first (a backlog), then relayed through the bus (RabbitMQ in distributed mode, the in-process bus in embedded mode),
// consumed by `audit.ingest` (batched on RabbitMQ, ADR 0065) and appended. Prints one JSON line:
// `events_per_s` end to end (relay + broker + ingest), `backlog_events_per_s` the ingest alone once the relay is done.
//   TEST_MODE=distributed BENCH_EVENTS=20000 BENCH_ORGS=20 [BENCH_PREFETCH=4] [BENCH_RELAY_BATCH=500] pnpm bench:audit   (target ≥ 2,000 events/s)
//   BENCH_EVENTS=2000 pnpm bench:audit                                           (embedded: PGlite)
import { randomUUID } from 'node:crypto';
import { createLogger, runMigrations } from '@crm/platform';
import { createAmqpBus, createInProcessBus, createOutboxPublisher, type RunningBus } from '@crm/platform/bus';
import { createTestDatabase, createTestVhost, testMode } from '@crm/platform/testing';
import { createAuditSubgraph } from '@crm/subgraph-audit';
import { sql } from 'drizzle-orm';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 5_000);
const ORGANIZATIONS = Number(process.env.BENCH_ORGS ?? 20);
const BATCH = 500;
const RELAY_BATCH = Number(process.env.BENCH_RELAY_BATCH ?? 500);
const TIMEOUT_MS = 10 * 60_000;

async function main(): Promise<void> {
  const mode = testMode();
  const logger = createLogger({ name: 'bench-audit', level: 'warn' });
  const database = await createTestDatabase();
  const vhost = mode === 'distributed' ? await createTestVhost() : undefined;
  const bus: RunningBus = vhost ? createAmqpBus({ url: vhost.url, logger, prefetch: Number(process.env.BENCH_PREFETCH ?? 4), batchSize: RELAY_BATCH }) : createInProcessBus({ logger, pollIntervalMs: 50 });
  try {
    const db = database.handle.db;
    const audit = createAuditSubgraph({ db, logger });
    await runMigrations(database.handle, [audit.migrations]);
    const endpoint = { name: 'audit', db, tables: audit.busTables, listen: database.handle.listen?.bind(database.handle) };
    bus.attachOutbox(endpoint);
    for (const consumer of audit.consumers ?? []) bus.attachConsumer(endpoint, consumer);

    // The backlog is written first, so what is timed is relay + broker + ingest, not the writers.
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
    const started = process.hrtime.bigint();
    await bus.start();
    const deadline = Date.now() + TIMEOUT_MS;
    let recorded = 0;
    let relayedAt: bigint | undefined;
    let recordedWhenRelayed = 0;
    while (recorded < EVENTS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const relayedNow = !relayedAt && bus.stats().published >= EVENTS;
      const result = (await db.execute(sql`SELECT count(*)::int AS n FROM audit.entries`)) as unknown as { rows: { n: number }[] };
      recorded = result.rows[0]!.n;
      if (relayedNow) [relayedAt, recordedWhenRelayed] = [process.hrtime.bigint(), recorded];
    }
    const done = process.hrtime.bigint();
    const seconds = Number(done - started) / 1e9;
    process.stdout.write(
      `${JSON.stringify({
        name: 'audit-ingest',
        mode,
        events: EVENTS,
        organizations: ORGANIZATIONS,
        recorded,
        relayed_s: relayedAt ? Math.round((Number(relayedAt - started) / 1e9) * 100) / 100 : null,
        total_s: Math.round(seconds * 100) / 100,
        events_per_s: Math.round(recorded / seconds),
        // The queue's backlog once the relay is done: the consumer alone, without the relay competing for the CPU.
        backlog_events_per_s: relayedAt && recorded > recordedWhenRelayed ? Math.round((recorded - recordedWhenRelayed) / (Number(done - relayedAt) / 1e9)) : null,
        stats: bus.stats(),
      })}\n`,
    );
  } finally {
    await bus.stop();
    await database.drop();
    await vhost?.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
