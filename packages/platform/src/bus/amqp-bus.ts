import amqp, { type AmqpConnectionManager, type ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel, Message } from 'amqplib';
import { createLogger, type Logger } from '../logger';
import { subscribeAmqpBroadcast } from './amqp-broadcast';
import { createAmqpConsumer } from './amqp-consumer';
import { amqpRedelivery, createReturnTracker } from './amqp-redelivery';
import { createAmqpRelay } from './amqp-relay';
import { DEFAULT_EXCHANGE, assertEventExchange } from './amqp-topology';
import { retryPolicyFor, type RetryPolicy } from './backoff';
import { createBusAttachments } from './bus-attachments';
import { createBusStats } from './bus-stats';
import { OUTBOX_CHANNEL } from './outbox-publisher';
import type { BusObserver, RunningBus } from './types';
import { createWakeLoop, type WakeLoop } from './wake-loop';

export interface AmqpBusOptions {
  /** Broker URL(s), e.g. `amqp://guest:guest@rabbitmq:5672`; several are tried round-robin. */
  url: string | string[];
  /** Durable topic exchange every event goes to (default `crm.events`). */
  exchange?: string;
  logger?: Logger;
  /** Unacknowledged messages per consumer, i.e. handlers running at once (default 10). */
  prefetch?: number;
  /** Relay fallback poll when no NOTIFY arrives (default 1000 ms). */
  pollIntervalMs?: number;
  /** Outbox rows published per relay transaction (default 100). */
  batchSize?: number;
  /** How long a publish waits for the broker's confirm before the row is left for later (default 5000 ms). */
  publishTimeoutMs?: number;
  /** start() waits this long for the broker, then keeps reconnecting in the background (default 10 000 ms). */
  connectTimeoutMs?: number;
  heartbeatIntervalInSeconds?: number;
  reconnectTimeInSeconds?: number;
  /** Defaults for consumers' retries (maxAttempts 5, backoff 1 s doubling up to 5 min). */
  retry?: Partial<RetryPolicy>;
  /** Told of relayed events and delivery outcomes (metrics). */
  observer?: BusObserver;
}

/** The distributed mode's bus: outbox relays and consumers over one auto-reconnecting RabbitMQ connection. */
export function createAmqpBus(options: AmqpBusOptions): RunningBus {
  const logger = options.logger ?? createLogger({ name: 'bus' });
  const exchange = options.exchange ?? DEFAULT_EXCHANGE;
  const publishTimeoutMs = options.publishTimeoutMs ?? 5_000;
  const stats = createBusStats();
  const returns = createReturnTracker();
  let connection: AmqpConnectionManager | undefined;
  let publisher: ChannelWrapper | undefined;
  let consumers: ReturnType<typeof createAmqpConsumer>[] = [];
  let relayLoops: WakeLoop[] = [];
  let started = false;

  function onReturn(message: Message): void {
    if (returns.onReturn(message)) return;
    stats.unroutable += 1;
    const { exchange: target, routingKey } = message.fields;
    logger.warn({ eventId: message.properties.messageId, exchange: target, routingKey }, 'event returned unroutable: no queue is bound to it');
  }

  const { outboxes, consumers: attachedConsumers, attachOutbox, attachConsumer } = createBusAttachments(() => started);

  return {
    attachOutbox,
    attachConsumer,
    async start() {
      if (started) return;
      started = true;
      const conn = amqp.connect(Array.isArray(options.url) ? options.url : [options.url], {
        heartbeatIntervalInSeconds: options.heartbeatIntervalInSeconds ?? 5,
        reconnectTimeInSeconds: options.reconnectTimeInSeconds ?? 1,
      });
      connection = conn;
      conn.on('connect', () => {
        logger.info('connected to RabbitMQ');
        relayLoops.forEach((loop) => loop.wake());
      });
      conn.on('disconnect', ({ err }) => logger.warn({ err }, 'disconnected from RabbitMQ; reconnecting'));
      const pub = conn.createChannel({
        name: 'publisher',
        confirm: true,
        publishTimeout: publishTimeoutMs,
        setup: async (channel: ConfirmChannel) => {
          await assertEventExchange(channel, exchange);
          channel.on('return', onReturn);
        },
      });
      publisher = pub;
      pub.on('error', (err: unknown) => logger.error({ err }, 'publisher channel setup failed'));
      consumers = attachedConsumers.map(({ endpoint, consumer }) =>
        createAmqpConsumer({
          connection: conn,
          publisher: pub,
          endpoint,
          consumer,
          exchange,
          policy: retryPolicyFor(consumer, options.retry),
          prefetch: options.prefetch ?? 10,
          publishTimeoutMs,
          logger,
          stats,
          observer: options.observer,
        }),
      );
      // Queues are bound before the first relay pass, so a fresh broker does not return the backlog as unroutable.
      const ready = Promise.all([pub.waitForConnect(), ...consumers.map((c) => c.start())]);
      await withTimeout(ready, options.connectTimeoutMs ?? 10_000).catch((err: unknown) =>
        logger.warn({ err }, 'RabbitMQ not reachable yet; the bus keeps reconnecting in the background'),
      );
      relayLoops = outboxes.map((endpoint) => {
        const relay = createAmqpRelay({
          endpoint,
          channel: pub,
          exchange,
          batchSize: options.batchSize ?? 100,
          publishTimeoutMs,
          isConnected: () => conn.isConnected(),
          logger,
          stats,
          observer: options.observer,
        });
        const listen = endpoint.listen;
        return createWakeLoop({
          name: `relay:${endpoint.name}`,
          logger,
          pollIntervalMs: options.pollIntervalMs ?? 1000,
          // Every outbox's commit notifies the one channel, naming its source: only that outbox's relay wakes.
          subscribe: listen ? (wake) => listen(OUTBOX_CHANNEL, (source) => (source === endpoint.name ? wake() : undefined)) : undefined,
          run: () => relay.drainBatch(),
        });
      });
      await Promise.all(relayLoops.map((loop) => loop.start()));
    },
    async stop() {
      if (!started) return;
      started = false;
      await Promise.all(consumers.map((consumer) => consumer.stop()));
      await Promise.all(relayLoops.map((loop) => loop.stop({ flush: true })));
      await publisher?.close().catch(() => undefined);
      await connection?.close().catch(() => undefined);
      consumers = [];
      relayLoops = [];
      publisher = undefined;
      connection = undefined;
    },
    watch: (events, onEvent) => subscribeAmqpBroadcast({ url: options.url, exchange, events, logger, onEvent }),
    isReady: () => started && (connection?.isConnected() ?? false),
    stats: () => ({ ...stats }),
    async redeliver(tx, consumer, envelope) {
      if (!publisher) throw new Error('The bus is not started');
      await amqpRedelivery(publisher, returns, publishTimeoutMs).redeliver(tx, consumer, envelope);
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
