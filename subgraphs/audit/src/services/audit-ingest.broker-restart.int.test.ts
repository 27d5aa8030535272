import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { createLogger, runMigrations, type Identity } from '@crm/platform';
import { createAmqpBus, createOutboxPublisher, type RunningBus } from '@crm/platform/bus';
import { createTestDatabase, createTestVhost, lockBroker, type TestDatabase, type TestVhost } from '@crm/platform/testing';
import { sql } from 'drizzle-orm';
import { createAuditSubgraph, type AuditSubgraph } from '../index';

const run = promisify(execFile);
const rabbitmqctl = (...args: string[]) => run('rabbitmqctl', args, { timeout: 120_000 });

const ORGANIZATIONS = Array.from({ length: 3 }, () => randomUUID());
const BACKLOG = 3_000;
const DURING_OUTAGE = 300;

jest.setTimeout(300_000);

/**
 * The batched audit ingest (ADR 0065) across a RabbitMQ restart in the middle of a backlog: batches
 * committed but not yet acked come back and are deduplicated, batches not committed are redelivered;
 * events committed while the broker is down wait in the outbox. In the end every event is one entry
 * and each organisation's hash chain is whole.
 */
describe('audit ingest across a broker restart', () => {
  let database: TestDatabase;
  let vhost: TestVhost;
  let audit: AuditSubgraph;
  let bus: RunningBus | undefined;
  let releaseBroker: (() => Promise<void>) | undefined;

  const count = async (query: ReturnType<typeof sql>) =>
    ((await database.handle.db.execute(sql`SELECT count(*)::int AS n FROM (${query}) AS counted`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  beforeAll(async () => {
    releaseBroker = await lockBroker('exclusive', 290_000);
    database = await createTestDatabase();
    vhost = await createTestVhost();
    audit = createAuditSubgraph({ db: database.handle.db, logger: createLogger({ name: 'audit-restart-test', level: 'error' }) });
    await runMigrations(database.handle, [audit.migrations]);
  });

  afterAll(async () => {
    // Whatever happened above, the shared broker must be left running.
    await rabbitmqctl('start_app').catch(() => undefined);
    await rabbitmqctl('await_startup').catch(() => undefined);
    await bus?.stop();
    await vhost?.drop();
    await database?.drop();
    await releaseBroker?.();
  });

  async function publish(events: number): Promise<void> {
    const publisher = createOutboxPublisher({ source: 'restart-test', tables: audit.busTables });
    await database.handle.db.transaction(async (tx) => {
      for (let i = 0; i < events; i++) {
        const organizationId = ORGANIZATIONS[i % ORGANIZATIONS.length]!;
        await publisher.publish(tx, 'crm.journal.entry_added', {
          orgId: organizationId,
          actorId: organizationId,
          data: { entryId: randomUUID(), dealId: randomUUID(), organizationId, authorId: organizationId, kind: 'NOTE', text: `note ${i}` },
        });
      }
    });
  }

  async function waitFor(probe: () => Promise<boolean>, what: string, timeoutMs = 240_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('records every event once and keeps each organisation’s chain whole when RabbitMQ restarts mid-ingest', async () => {
    const db = database.handle.db;
    await publish(BACKLOG);
    bus = createAmqpBus({ url: vhost.url, logger: createLogger({ name: 'audit-restart-bus', level: 'error' }), pollIntervalMs: 200, publishTimeoutMs: 2_000 });
    const endpoint = { name: 'audit', db, tables: audit.busTables, listen: database.handle.listen?.bind(database.handle) };
    bus.attachOutbox(endpoint);
    for (const consumer of audit.consumers ?? []) bus.attachConsumer(endpoint, consumer);
    await bus.start();

    await waitFor(async () => (await count(sql`SELECT 1 FROM audit.entries`)) >= 300, 'the first batches');
    await rabbitmqctl('stop_app');
    const recordedBeforeOutage = await count(sql`SELECT 1 FROM audit.entries`);
    await publish(DURING_OUTAGE);
    await rabbitmqctl('start_app');
    await rabbitmqctl('await_startup');

    const total = BACKLOG + DURING_OUTAGE;
    await waitFor(async () => (await count(sql`SELECT 1 FROM audit.entries`)) >= total && (await count(sql`SELECT 1 FROM audit.outbox WHERE published_at IS NULL`)) === 0, 'every event to be recorded');
    expect(recordedBeforeOutage).toBeLessThan(total);
    expect(await count(sql`SELECT 1 FROM audit.entries`)).toBe(total);
    expect(await count(sql`SELECT DISTINCT source_id FROM audit.entries`)).toBe(total);
    expect(await count(sql`SELECT 1 FROM audit.outbox o WHERE NOT EXISTS (SELECT 1 FROM audit.entries e WHERE e.source_id = o.id::text)`)).toBe(0);
    for (const organizationId of ORGANIZATIONS) {
      const admin: Identity = { kind: 'user', userId: randomUUID(), orgId: organizationId, roles: ['ADMIN'] };
      const report = await audit.services.integrity.verify(admin, new Date(Date.now() - 3_600_000), new Date(Date.now() + 3_600_000));
      expect(report).toMatchObject({ intact: true, checkedEntries: total / ORGANIZATIONS.length, problems: [] });
    }
  });
});
