import type { AmqpConnectionManager, Channel, ChannelWrapper } from 'amqp-connection-manager';
import type { ConsumeMessage } from 'amqplib';
import type { Logger } from '../logger';
import { attemptOf, decodeMessage, envelopeProperties } from './amqp-message';
import { assertConsumerTopology, retryQueueName } from './amqp-topology';
import { decideAfterFailure, type RetryPolicy } from './backoff';
import { createBatchCollector } from './batch-collector';
import { writeDeadLetter } from './dead-letters';
import { describeError, handleBatchOnce, handleOnce } from './inbox';
import { runAsSystem } from '../row-level-security/organization-scope';
import type { BatchHandling, BusEndpoint, BusObserver, BusStats, ConsumerDefinition } from './types';

export interface AmqpConsumerOptions {
  connection: AmqpConnectionManager;
  /** Confirm channel used to park failed messages in the retry queue. */
  publisher: ChannelWrapper;
  endpoint: BusEndpoint;
  consumer: ConsumerDefinition;
  exchange: string;
  policy: RetryPolicy;
  prefetch: number;
  publishTimeoutMs: number;
  logger: Logger;
  stats: BusStats;
  observer?: BusObserver | undefined;
}

const SETTLE_RETRY_DELAY_MS = 1_000;
const DEFAULT_LINGER_MS = 20;

interface Delivery {
  channel: Channel;
  message: ConsumeMessage;
}

/**
 * One consumer on its own channel. It consumes on the raw channel inside the setup function (re-run
 * on every reconnect) so that each message is acked on the very channel that delivered it: acking on
 * a newer channel would close it with an unknown delivery tag. A message is acked only once its
 * outcome is durable — effect committed, retry copy confirmed by the broker, or dead letter stored.
 */
export function createAmqpConsumer(options: AmqpConsumerOptions) {
  const { endpoint, consumer, logger, stats } = options;
  const log = logger.child({ consumer: consumer.name });
  const inFlight = new Set<Promise<void>>();
  let wrapper: ChannelWrapper | undefined;
  let active: { channel: Channel; tag: string } | undefined;
  let stopping = false;
  const batch = consumer.batch;
  const collector = batch
    ? createBatchCollector<Delivery>({
        size: batch.size,
        lingerMs: batch.lingerMs ?? DEFAULT_LINGER_MS,
        flush: (deliveries) => deliverBatch(batch, deliveries),
        onError: (err) => log.error({ err }, 'batch handling failed'),
      })
    : undefined;

  async function setup(channel: Channel): Promise<void> {
    await assertConsumerTopology(channel, options.exchange, consumer);
    // A batched consumer holds a full batch while it commits and the next one fills meanwhile.
    await channel.prefetch(batch ? Math.max(options.prefetch, 2 * batch.size) : options.prefetch);
    const { consumerTag } = await channel.consume(consumer.name, (message) => runAsSystem(() => onDelivery(channel, message)), { noAck: false });
    active = { channel, tag: consumerTag };
  }

  function onDelivery(channel: Channel, message: ConsumeMessage | null): void {
    if (!message) {
      // The broker cancelled us (queue deleted or failed over): declare it again and resume.
      log.warn('consumer cancelled by the broker; re-subscribing');
      if (!stopping) setTimeout(() => void setup(channel).catch((err: unknown) => log.error({ err }, 'cannot re-subscribe')), 1000).unref();
      return;
    }
    if (collector) return collector.add({ channel, message });
    const task = deliver(channel, message)
      .catch((err: unknown) => log.error({ err }, 'delivery handling failed'))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  }

  async function deliver(channel: Channel, message: ConsumeMessage): Promise<void> {
    const decoded = decodeMessage(message);
    if (!decoded.ok) {
      log.error({ eventId: decoded.envelope.id, reason: decoded.error }, 'undecodable message dead-lettered');
      return settle(channel, message, () => deadLetter(decoded.envelope, decoded.error, 0));
    }
    const { envelope } = decoded;
    const attempt = attemptOf(message);
    let failure: unknown;
    try {
      const outcome = await handleOnce(endpoint.db, endpoint.tables, consumer, envelope);
      stats[outcome === 'processed' ? 'processed' : 'duplicates'] += 1;
      options.observer?.handled?.(consumer.name, envelope, outcome === 'processed' ? 'processed' : 'duplicate');
      return settle(channel, message, async () => undefined);
    } catch (error) {
      failure = error;
    }
    const decision = decideAfterFailure(attempt, options.policy);
    const context = { err: failure, eventId: envelope.id, type: envelope.type, attempt };
    return settle(channel, message, async () => {
      if (decision.action === 'dead-letter') {
        log.error(context, 'event handler gave up; event dead-lettered');
        return deadLetter(envelope, describeError(failure), attempt);
      }
      log.warn({ ...context, retryInMs: decision.delayMs }, 'event handler failed; retrying later');
      await options.publisher.sendToQueue(retryQueueName(consumer.name), message.content, {
        ...envelopeProperties(envelope, decision.nextAttempt),
        expiration: String(decision.delayMs),
        timeout: options.publishTimeoutMs,
      });
      stats.retried += 1;
      options.observer?.handled?.(consumer.name, envelope, 'retried');
    });
  }

  /**
   * One transaction for the whole batch (inbox rows and effects), then every message is acked. If the
   * transaction fails, nothing of it stays, and each message takes the single path: its own
   * transaction, retry or dead letter. Undecodable messages take the single path at once.
   */
  async function deliverBatch(handling: BatchHandling, deliveries: Delivery[]): Promise<void> {
    const decoded = deliveries.map((delivery) => ({ delivery, decoded: decodeMessage(delivery.message) }));
    const valid = decoded.flatMap(({ delivery, decoded: d }) => (d.ok ? [{ delivery, envelope: d.envelope }] : []));
    const single = decoded.filter(({ decoded: d }) => !d.ok).map(({ delivery }) => delivery);
    if (valid.length > 0) {
      try {
        const outcome = await handleBatchOnce(endpoint.db, endpoint.tables, { name: consumer.name, batch: handling }, valid.map((v) => v.envelope));
        stats.processed += outcome.processed.length;
        stats.duplicates += outcome.duplicates.length;
        for (const envelope of outcome.processed) options.observer?.handled?.(consumer.name, envelope, 'processed');
        for (const envelope of outcome.duplicates) options.observer?.handled?.(consumer.name, envelope, 'duplicate');
        for (const { delivery } of valid) acknowledge(() => delivery.channel.ack(delivery.message));
      } catch (err) {
        log.warn({ err, size: valid.length }, 'batch failed; handling its events one by one');
        single.push(...valid.map((v) => v.delivery));
      }
    }
    for (const { channel, message } of single) await deliver(channel, message);
  }

  async function deadLetter(envelope: Parameters<typeof writeDeadLetter>[2]['envelope'], error: string, attempts: number): Promise<void> {
    await writeDeadLetter(endpoint.db, endpoint.tables, { consumer: consumer.name, envelope, error, attempts });
    stats.deadLettered += 1;
    options.observer?.handled?.(consumer.name, envelope, 'dead_lettered');
  }

  /** Acks after `durableStep`; if that step fails, hands the message back to the broker instead. */
  async function settle(channel: Channel, message: ConsumeMessage, durableStep: () => Promise<void>): Promise<void> {
    try {
      await durableStep();
    } catch (err) {
      log.error({ err, eventId: message.properties.messageId }, 'cannot record the outcome; message requeued');
      await new Promise((resolve) => setTimeout(resolve, SETTLE_RETRY_DELAY_MS));
      return acknowledge(() => channel.nack(message, false, true));
    }
    acknowledge(() => channel.ack(message));
  }

  function acknowledge(send: () => void): void {
    try {
      send();
    } catch (err) {
      // The channel died meanwhile: the broker redelivers the message, and the inbox makes that harmless.
      log.debug({ err }, 'ack on a closed channel skipped');
    }
  }

  return {
    start(): Promise<void> {
      stopping = false;
      wrapper = options.connection.createChannel({ name: `consumer:${consumer.name}`, confirm: false, setup });
      wrapper.on('error', (err: unknown) => log.error({ err }, 'consumer channel setup failed'));
      return wrapper.waitForConnect();
    },
    async stop(): Promise<void> {
      stopping = true;
      if (!wrapper) return;
      await wrapper.removeSetup(setup);
      const current = active;
      active = undefined;
      if (current) await current.channel.cancel(current.tag).catch(() => undefined);
      await collector?.drain();
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await wrapper.close().catch(() => undefined);
      wrapper = undefined;
    },
  };
}
