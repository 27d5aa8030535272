import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@crm/contracts';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Tx } from '../db';
import type { RetryPolicy } from '../bus/backoff';
import { listDeadLetters, replayDeadLetter } from '../bus/dead-letters';
import { createOutboxPublisher, type OutboxPublisher } from '../bus/outbox-publisher';
import type { BusEndpoint, ConsumerDefinition, RunningBus } from '../bus/types';
import { countRows, createBusTestEndpoint, waitUntil } from './bus-test-kit';

/** What a transport's test file provides to the shared behaviour suite. */
export interface BusUnderTest {
  handle: DatabaseHandle;
  /** Unique per run, so consumer (queue) names never collide with another run's. */
  prefix: string;
  /** A fresh, not yet started bus (over its own exchange, for RabbitMQ). */
  createBus(options: { retry: Partial<RetryPolicy> }): RunningBus;
  cleanup(): Promise<void>;
}

const ORG = randomUUID();
const SCHEMA = 'bus_test';

/** The guarantees both transports must keep; each transport's test file runs this once. */
export function describeBusBehaviour(transport: string, setup: () => Promise<BusUnderTest>): void {
  describe(`${transport} event bus`, () => {
    let env: BusUnderTest;
    let endpoint: BusEndpoint;
    let publisher: OutboxPublisher;
    const running: RunningBus[] = [];
    let testNumber = 0;

    beforeAll(async () => {
      env = await setup();
      endpoint = await createBusTestEndpoint(env.handle, SCHEMA);
      await env.handle.db.execute(
        sql.raw(`CREATE TABLE ${SCHEMA}.effects (consumer text NOT NULL, event_id text NOT NULL, created_at timestamptz NOT NULL DEFAULT clock_timestamp())`),
      );
      publisher = createOutboxPublisher({ source: 'bus-test', tables: endpoint.tables });
    });
    afterEach(async () => {
      await Promise.all(running.splice(0).map((bus) => bus.stop()));
    });
    afterAll(async () => {
      await env?.cleanup();
    });

    /** Writes one effect row per handled event; throws for events whose subject is `poison` until healed. */
    function effectConsumer(purpose: string, options: { maxAttempts?: number; calls?: string[]; healed?: () => boolean } = {}): ConsumerDefinition {
      const name = `${env.prefix}.${purpose}.${++testNumber}`;
      return {
        name,
        events: ['auth.user.*'],
        maxAttempts: options.maxAttempts,
        async handle(event, tx) {
          options.calls?.push(event.subject === 'poison' ? 'poison' : event.id);
          if (event.subject === 'poison' && !options.healed?.()) throw new Error('cannot handle this one');
          await tx.execute(sql`INSERT INTO bus_test.effects (consumer, event_id) VALUES (${name}, ${event.id})`);
        },
      };
    }

    async function startBus(consumers: ConsumerDefinition[], retry: Partial<RetryPolicy> = {}): Promise<RunningBus> {
      const bus = env.createBus({ retry: { baseDelayMs: 100, maxDelayMs: 2_000, ...retry } });
      bus.attachOutbox(endpoint);
      consumers.forEach((consumer) => bus.attachConsumer(endpoint, consumer));
      running.push(bus);
      await bus.start();
      return bus;
    }

    function publishUserCreated(tx: Tx, subject?: string): Promise<EventEnvelope> {
      return publisher.publish(tx, 'auth.user.created', {
        orgId: ORG,
        subject,
        data: { userId: randomUUID(), organizationId: ORG, email: 'someone@example.com', displayName: 'Someone', roles: ['SELLER'] },
      });
    }

    const commit = (subject?: string) => env.handle.db.transaction((tx) => publishUserCreated(tx, subject));
    const effects = (consumer: string, eventId?: string) =>
      countRows(env.handle.db, sql`SELECT 1 FROM bus_test.effects WHERE consumer = ${consumer} ${eventId ? sql`AND event_id = ${eventId}` : sql``}`);
    const unpublished = () => countRows(env.handle.db, sql`SELECT 1 FROM bus_test.outbox WHERE published_at IS NULL`);

    it('delivers nothing from a rolled-back transaction', async () => {
      const consumer = effectConsumer('rollback');
      await startBus([consumer]);
      let rolledBack: EventEnvelope | undefined;
      const failing = env.handle.db.transaction(async (tx) => {
        rolledBack = await publishUserCreated(tx);
        throw new Error('business rule violated');
      });
      await expect(failing).rejects.toThrow('business rule violated');
      const marker = await commit();

      await waitUntil(async () => (await effects(consumer.name, marker.id)) === 1, { what: 'the committed marker event' });
      expect(rolledBack).toBeDefined();
      expect(await effects(consumer.name, rolledBack?.id)).toBe(0);
      expect(await effects(consumer.name)).toBe(1);
      expect(await countRows(env.handle.db, sql`SELECT 1 FROM bus_test.outbox WHERE id = ${rolledBack?.id}`)).toBe(0);
    });

    it('delivers a committed event to every matching consumer, each effect once', async () => {
      const first = effectConsumer('commit-a');
      const second = effectConsumer('commit-b');
      const bystander: ConsumerDefinition = { ...effectConsumer('commit-none'), events: ['crm.#'] };
      await startBus([first, second, bystander]);
      const event = await commit();

      await waitUntil(async () => (await effects(first.name, event.id)) === 1 && (await effects(second.name, event.id)) === 1, { what: 'both effects' });
      await waitUntil(async () => (await unpublished()) === 0, { what: 'the outbox to drain' });
      expect(await effects(first.name)).toBe(1);
      expect(await effects(second.name)).toBe(1);
      expect(await effects(bystander.name)).toBe(0);
    });

    it('turns duplicate deliveries of one event id into a single effect', async () => {
      const calls: string[] = [];
      const consumer = effectConsumer('duplicates', { calls });
      const bus = await startBus([consumer]);
      const event = await commit();
      // At-least-once delivery made visible: the same event id arrives twice more, racing the original.
      await env.handle.db.transaction(async (tx) => {
        await bus.redeliver(tx, consumer.name, event);
        await bus.redeliver(tx, consumer.name, event);
      });

      await waitUntil(() => bus.stats().processed + bus.stats().duplicates === 3, { what: 'all three deliveries' });
      expect(await effects(consumer.name, event.id)).toBe(1);
      expect(bus.stats()).toMatchObject({ processed: 1, duplicates: 2 });
      expect(calls).toEqual([event.id]);
    });

    it('dead-letters a poison message after maxAttempts while the others keep flowing', async () => {
      const calls: string[] = [];
      const consumer = effectConsumer('poison', { calls, maxAttempts: 3 });
      // Backoff 300 ms then 600 ms: the good events are handled while the poison waits for its retries.
      const bus = await startBus([consumer], { baseDelayMs: 300 });
      const poison = await commit('poison');
      const good = [];
      for (let i = 0; i < 5; i++) good.push(await commit());

      await waitUntil(async () => (await listDeadLetters(endpoint, { consumer: consumer.name })).length === 1, { what: 'the dead letter' });
      const [deadLetter] = await listDeadLetters(endpoint, { consumer: consumer.name });
      expect(deadLetter).toMatchObject({ eventId: poison.id, type: 'auth.user.created', attempts: 3, orgId: ORG, replayedAt: null });
      expect(deadLetter?.error).toContain('cannot handle this one');
      expect(calls.filter((call) => call === 'poison')).toHaveLength(3);
      for (const event of good) expect(await effects(consumer.name, event.id)).toBe(1);
      expect(calls.lastIndexOf('poison')).toBeGreaterThan(Math.max(...good.map((event) => calls.indexOf(event.id))));
      expect(await effects(consumer.name, poison.id)).toBe(0);
      expect(bus.stats()).toMatchObject({ processed: 5, retried: 2, deadLettered: 1 });
    });

    it('dead-letters a poison event of a batch alone: the rest of its batch commits once each (ADR 0069, Review)', async () => {
      const calls: string[] = [];
      const single = effectConsumer('batch-poison', { calls, maxAttempts: 3 });
      const batches: string[][] = [];
      // RabbitMQ takes the batch path (the in-process bus calls `handle`): a batch writes every event's effect, then fails on the poison.
      const consumer: ConsumerDefinition = {
        ...single,
        batch: {
          size: 10,
          lingerMs: 200,
          async handle(events, tx) {
            batches.push(events.map((event) => (event.subject === 'poison' ? 'poison' : event.id)));
            for (const event of events) await single.handle(event, tx);
          },
        },
      };
      const bus = await startBus([consumer], { baseDelayMs: 300 });
      const [poison, ...good] = await env.handle.db.transaction(async (tx) => {
        const events = [await publishUserCreated(tx, 'poison')];
        for (let i = 0; i < 4; i++) events.push(await publishUserCreated(tx));
        return events;
      });

      await waitUntil(async () => (await listDeadLetters(endpoint, { consumer: consumer.name })).length === 1, { what: 'the dead letter' });
      expect((await listDeadLetters(endpoint, { consumer: consumer.name }))[0]).toMatchObject({ eventId: poison!.id, attempts: 3 });
      for (const event of good) expect(await effects(consumer.name, event.id)).toBe(1);
      expect(await effects(consumer.name, poison!.id)).toBe(0);
      expect(bus.stats()).toMatchObject({ processed: 4, retried: 2, deadLettered: 1 });
      expect(batches.some((batch) => batch.length > 1 && batch.includes('poison'))).toBe(transport === 'RabbitMQ');
    });

    it('replays a dead letter to its consumer only and marks it replayed', async () => {
      let healed = false;
      const calls: string[] = [];
      const otherCalls: string[] = [];
      const consumer = effectConsumer('replay', { maxAttempts: 2, calls, healed: () => healed });
      const other = effectConsumer('replay-other', { calls: otherCalls, healed: () => true });
      const bus = await startBus([consumer, other]);
      const poison = await commit('poison');
      await waitUntil(async () => (await listDeadLetters(endpoint, { consumer: consumer.name })).length === 1, { what: 'the dead letter' });
      const [deadLetter] = await listDeadLetters(endpoint, { consumer: consumer.name });

      healed = true;
      expect(await replayDeadLetter(endpoint, bus, deadLetter!.id)).toBe(true);
      await waitUntil(async () => (await effects(consumer.name, poison.id)) === 1, { what: 'the replayed effect' });

      expect(await listDeadLetters(endpoint, { consumer: consumer.name })).toEqual([]);
      const [replayed] = await listDeadLetters(endpoint, { consumer: consumer.name, includeReplayed: true });
      expect(replayed?.replayedAt).toBeInstanceOf(Date);
      expect(await replayDeadLetter(endpoint, bus, deadLetter!.id)).toBe(false);
      expect(calls).toEqual(['poison', 'poison', 'poison']);
      expect(otherCalls).toEqual(['poison']);
      expect(await effects(other.name, poison.id)).toBe(1);
    });
  });
}
