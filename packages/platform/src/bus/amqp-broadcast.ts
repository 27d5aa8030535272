import amqp from 'amqp-connection-manager';
import type { Channel, ConsumeMessage } from 'amqplib';
import type { EventEnvelope } from '@crm/contracts';
import type { Logger } from '../logger';
import { decodeMessage } from './amqp-message';
import { assertEventExchange, DEFAULT_EXCHANGE } from './amqp-topology';

export interface AmqpBroadcastOptions {
  url: string | string[];
  exchange?: string;
  /** Event types or topic patterns to receive. */
  events: readonly string[];
  logger: Logger;
  onEvent(envelope: EventEnvelope): void;
}

/**
 * Every matching event, to this process only, on its own exclusive auto-deleted queue: for in-memory
 * state that each instance keeps for itself (the router's revocation view). Nothing is retried, kept
 * while the process is down or deduplicated, so `onEvent` must be idempotent and state it builds a cache.
 */
export async function subscribeAmqpBroadcast(options: AmqpBroadcastOptions): Promise<{ close(): Promise<void> }> {
  const exchange = options.exchange ?? DEFAULT_EXCHANGE;
  const connection = amqp.connect(Array.isArray(options.url) ? options.url : [options.url], { heartbeatIntervalInSeconds: 5, reconnectTimeInSeconds: 1 });
  connection.on('disconnect', ({ err }) => options.logger.warn({ err }, 'broadcast subscription lost RabbitMQ; reconnecting'));
  const onMessage = (message: ConsumeMessage | null) => {
    if (!message) return;
    const decoded = decodeMessage(message);
    if (!decoded.ok) return options.logger.warn({ error: decoded.error }, 'undecodable broadcast event ignored');
    try {
      options.onEvent(decoded.envelope);
    } catch (err) {
      options.logger.warn({ err, type: decoded.envelope.type }, 'broadcast event not applied');
    }
  };
  const channel = connection.createChannel({
    name: 'broadcast',
    confirm: false,
    setup: async (raw: Channel) => {
      await assertEventExchange(raw as never, exchange);
      const { queue } = await raw.assertQueue('', { exclusive: true, autoDelete: true });
      for (const pattern of options.events) await raw.bindQueue(queue, exchange, pattern);
      await raw.consume(queue, onMessage, { noAck: true });
    },
  });
  channel.on('error', (err: unknown) => options.logger.error({ err }, 'broadcast channel setup failed'));
  // Like the bus: wait a while for the broker, then keep reconnecting in the background rather than not starting.
  const connected = await Promise.race([
    channel.waitForConnect().then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000).unref()),
  ]);
  if (!connected) options.logger.warn('broadcast subscription: RabbitMQ not reachable yet; retrying in the background');
  return {
    async close() {
      await channel.close();
      await connection.close();
    },
  };
}
