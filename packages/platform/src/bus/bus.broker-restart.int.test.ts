import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { createAmqpTestTopology } from '../testing/amqp-test-topology';
import { lockBroker } from '../testing/broker-lock';
import { countRows, createBusTestEndpoint, waitUntil } from '../testing/bus-test-kit';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { createOutboxPublisher } from './outbox-publisher';
import type { BusEndpoint, RunningBus } from './types';

const run = promisify(execFile);
const rabbitmqctl = (...args: string[]) => run('rabbitmqctl', args, { timeout: 120_000 });

const TRANSACTIONS = 20;
const EVENTS_PER_TRANSACTION = 50;
const ORG = randomUUID();

jest.setTimeout(240_000);

describe('RabbitMQ bus across a broker restart', () => {
  let database: TestDatabase;
  let endpoint: BusEndpoint;
  let bus: RunningBus | undefined;
  const topology = createAmqpTestTopology();

  let releaseBroker: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    // Other test files holding the broker lock (shared) finish before RabbitMQ is stopped under them.
    releaseBroker = await lockBroker('exclusive', 230_000);
    database = await createTestDatabase();
    endpoint = await createBusTestEndpoint(database.handle, 'restart_test');
    await database.handle.db.execute(sql`CREATE TABLE restart_test.effects (event_id text NOT NULL)`);
  });

  afterAll(async () => {
    // Whatever happened above, the shared broker must be left running.
    await rabbitmqctl('start_app').catch(() => undefined);
    await rabbitmqctl('await_startup').catch(() => undefined);
    await bus?.stop();
    await topology.cleanup();
    await database?.drop();
    await releaseBroker?.();
  });

  it('delivers every event exactly once and drains the outbox when RabbitMQ restarts mid-way', async () => {
    const db = database.handle.db;
    bus = topology.createBus({ prefetch: 20 });
    bus.attachOutbox(endpoint);
    bus.attachConsumer(endpoint, {
      name: `${topology.prefix}.restart`,
      events: ['auth.user.created'],
      async handle(event, tx) {
        await tx.execute(sql`INSERT INTO restart_test.effects (event_id) VALUES (${event.id})`);
      },
    });
    await bus.start();
    const publisher = createOutboxPublisher({ source: 'restart-test', tables: endpoint.tables });
    const published: string[] = [];
    const publishTransaction = () =>
      db.transaction(async (tx) => {
        for (let i = 0; i < EVENTS_PER_TRANSACTION; i++) {
          const event = await publisher.publish(tx, 'auth.user.created', {
            orgId: ORG,
            data: { userId: randomUUID(), organizationId: ORG, email: `user${published.length}@example.com`, displayName: 'User', roles: ['SELLER'] },
          });
          published.push(event.id);
        }
      });

    for (let t = 0; t < TRANSACTIONS; t++) {
      if (t === 6) await rabbitmqctl('stop_app');
      if (t === 14) {
        // The relay cannot have published what committed while the broker was down.
        expect(await countRows(db, sql`SELECT 1 FROM restart_test.outbox WHERE published_at IS NULL`)).toBeGreaterThanOrEqual(400);
        await rabbitmqctl('start_app');
        await rabbitmqctl('await_startup');
      }
      await publishTransaction();
    }

    const total = TRANSACTIONS * EVENTS_PER_TRANSACTION;
    await waitUntil(
      async () =>
        (await countRows(db, sql`SELECT DISTINCT event_id FROM restart_test.effects`)) === total &&
        (await countRows(db, sql`SELECT 1 FROM restart_test.outbox WHERE published_at IS NULL`)) === 0,
      { timeoutMs: 180_000, intervalMs: 250, what: 'every event to be handled and the outbox to drain' },
    );
    expect(published).toHaveLength(total);
    expect(await countRows(db, sql`SELECT 1 FROM restart_test.effects`)).toBe(total);
    expect(await countRows(db, sql`SELECT 1 FROM restart_test.inbox`)).toBe(total);
    const missing = await countRows(db, sql`SELECT 1 FROM restart_test.outbox o WHERE NOT EXISTS (SELECT 1 FROM restart_test.effects e WHERE e.event_id = o.id::text)`);
    expect(missing).toBe(0);
  });
});
