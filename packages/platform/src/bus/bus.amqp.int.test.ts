import { randomUUID } from 'node:crypto';
import { createEnvelope } from '@crm/contracts';
import { sql } from 'drizzle-orm';
import { runWithLogContext } from '../logger';
import { createAmqpTestTopology } from '../testing/amqp-test-topology';
import { lockBroker } from '../testing/broker-lock';
import { describeBusBehaviour } from '../testing/bus-behaviour.suite';
import { countRows, createBusTestEndpoint, waitUntil } from '../testing/bus-test-kit';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { otlpReceiver } from '../testing/otlp-receiver';
import { TEST_AMQP_URL } from '../testing/test-mode';
import { startTracing } from '../tracing';
import { connectAmqpRedelivery } from './amqp-redelivery';
import { listDeadLetters, replayDeadLetters, writeDeadLetter } from './dead-letters';
import { createOutboxPublisher } from './outbox-publisher';
import type { BusEndpoint, RunningBus } from './types';

// The broker-restart test stops RabbitMQ; these tests wait for it rather than run across the outage.
let releaseBroker: (() => Promise<void>) | undefined;
beforeAll(async () => {
  releaseBroker = await lockBroker('shared');
}, 300_000);
afterAll(() => releaseBroker?.());

describeBusBehaviour('RabbitMQ', async () => {
  const database = await createTestDatabase();
  const topology = createAmqpTestTopology();
  return {
    handle: database.handle,
    prefix: topology.prefix,
    createBus: ({ retry }) => topology.createBus({ retry }),
    async cleanup() {
      await topology.cleanup();
      await database.drop();
    },
  };
});

describe('RabbitMQ event bus specifics', () => {
  let database: TestDatabase;
  let endpoint: BusEndpoint;
  const topology = createAmqpTestTopology();
  let bus: RunningBus | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    endpoint = await createBusTestEndpoint(database.handle, 'amqp_specifics');
  });
  afterAll(async () => {
    await bus?.stop();
    await topology.cleanup();
    await database?.drop();
  });

  it('counts an event no queue is bound to as unroutable and does not publish it again', async () => {
    bus = topology.createBus();
    bus.attachOutbox(endpoint);
    await bus.start();
    const publisher = createOutboxPublisher({ source: 'amqp-test', tables: endpoint.tables });
    const orgId = randomUUID();
    await database.handle.db.transaction((tx) =>
      publisher.publish(tx, 'auth.user.deactivated', { orgId, data: { userId: randomUUID(), organizationId: orgId } }),
    );

    await waitUntil(() => bus!.stats().unroutable === 1, { what: 'the basic.return' });
    await waitUntil(async () => (await countRows(database.handle.db, sql`SELECT 1 FROM amqp_specifics.outbox WHERE published_at IS NULL`)) === 0);
    expect(bus.stats()).toMatchObject({ published: 1, unroutable: 1 });
  });

  it('traces the relay: each publish is a PRODUCER span under the span that wrote the event', async () => {
    const receiver = await otlpReceiver();
    const tracing = startTracing('amqp-relay-test', receiver.url);
    const traced = await createBusTestEndpoint(database.handle, 'amqp_traced');
    const tracedBus = topology.createBus();
    try {
      tracedBus.attachOutbox(traced);
      await tracedBus.start();
      const publisher = createOutboxPublisher({ source: 'amqp-test', tables: traced.tables });
      const orgId = randomUUID();
      await runWithLogContext({ traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) }, () =>
        database.handle.db.transaction((tx) => publisher.publish(tx, 'auth.user.deactivated', { orgId, data: { userId: randomUUID(), organizationId: orgId } })),
      );
      await waitUntil(async () => (await countRows(database.handle.db, sql`SELECT 1 FROM amqp_traced.outbox WHERE published_at IS NULL`)) === 0);
    } finally {
      await tracedBus.stop();
      await tracing.stop();
      await receiver.close();
    }
    const publish = receiver.spans.find((span) => span.name === 'publish auth.user.deactivated');
    expect(publish).toMatchObject({ traceId: 'a'.repeat(32), parentSpanId: 'b'.repeat(16), kind: 4 });
  });

  it('refuses to replay into a queue that does not exist and keeps the dead letter pending', async () => {
    const envelope = createEnvelope({ source: '/test', type: 'auth.user.created', version: 1, orgId: randomUUID(), data: {} });
    const consumer = `${topology.prefix}.never-ran`;
    await writeDeadLetter(endpoint.db, endpoint.tables, { consumer, envelope, error: 'boom', attempts: 5 });
    const replay = await connectAmqpRedelivery(TEST_AMQP_URL);
    try {
      await expect(replayDeadLetters(endpoint, replay, { consumer })).rejects.toThrow(/does not exist/);
    } finally {
      await replay.close();
    }
    expect(await listDeadLetters(endpoint, { consumer })).toHaveLength(1);
  });
});
