import type { Channel } from 'amqp-connection-manager';
import type { ConsumerDefinition } from './types';

export const DEFAULT_EXCHANGE = 'crm.events';

export function retryQueueName(consumer: string): string {
  return `${consumer}.retry`;
}

/** Declared by every channel's setup, so a broker that lost its state gets it back on reconnect. */
export async function assertEventExchange(channel: Channel, exchange: string): Promise<void> {
  await channel.assertExchange(exchange, 'topic', { durable: true });
}

/**
 * A consumer's queues: the quorum queue bound to its patterns, and `<name>.retry` where failed messages
 * wait out their backoff (per-message expiration) before dead-lettering back to the main queue through
 * the default exchange. The retry queue is classic: it only parks messages for their backoff. Messages
 * expire at its head only, so a long backoff can delay a shorter one behind it (never lose it).
 * A pattern removed from a consumer keeps its old binding until an operator unbinds it.
 */
export async function assertConsumerTopology(channel: Channel, exchange: string, consumer: Pick<ConsumerDefinition, 'name' | 'events'>): Promise<void> {
  await assertEventExchange(channel, exchange);
  await channel.assertQueue(consumer.name, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  for (const pattern of consumer.events) await channel.bindQueue(consumer.name, exchange, pattern);
  await channel.assertQueue(retryQueueName(consumer.name), {
    durable: true,
    arguments: { 'x-queue-type': 'classic', 'x-dead-letter-exchange': '', 'x-dead-letter-routing-key': consumer.name },
  });
}
