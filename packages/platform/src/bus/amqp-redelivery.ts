import type { EventEnvelope } from '@crm/contracts';
import amqp, { type ChannelWrapper } from 'amqp-connection-manager';
import type { ConfirmChannel, Message } from 'amqplib';
import { encodeEnvelope, envelopeProperties } from './amqp-message';
import type { Redelivery } from './types';

/**
 * Remembers which replays came back unroutable. RabbitMQ sends basic.return before the confirm of a
 * mandatory message, so once the confirm resolves we know whether the queue took it.
 */
export function createReturnTracker() {
  const watched = new Map<string, boolean>();
  const key = (routingKey: string, messageId: unknown) => `${routingKey}\u0000${String(messageId)}`;
  return {
    /** Feed every basic.return of the publisher channel here; true if it was a watched replay. */
    onReturn(message: Message): boolean {
      const k = key(message.fields.routingKey, message.properties.messageId);
      if (message.fields.exchange !== '' || !watched.has(k)) return false;
      watched.set(k, true);
      return true;
    },
    async publishToQueue(channel: ChannelWrapper, queue: string, envelope: EventEnvelope, timeout: number): Promise<void> {
      const k = key(queue, envelope.id);
      watched.set(k, false);
      try {
        await channel.sendToQueue(queue, encodeEnvelope(envelope), { ...envelopeProperties(envelope), mandatory: true, timeout });
        if (watched.get(k)) throw new Error(`Queue ${queue} does not exist: is the consumer name right, has it ever run?`);
      } finally {
        watched.delete(k);
      }
    },
  };
}

export type ReturnTracker = ReturnType<typeof createReturnTracker>;

/** Replay over RabbitMQ: straight into the consumer's queue (default exchange), confirmed before the replay commits. */
export function amqpRedelivery(channel: ChannelWrapper, returns: ReturnTracker, publishTimeoutMs: number): Redelivery {
  return {
    redeliver: (_tx, consumer, envelope) => returns.publishToQueue(channel, consumer, envelope, publishTimeoutMs),
  };
}

/** A standalone connection for tools (the dead-letters CLI) that replay without running a bus. */
export async function connectAmqpRedelivery(url: string, publishTimeoutMs = 10_000): Promise<Redelivery & { close(): Promise<void> }> {
  const returns = createReturnTracker();
  const connection = amqp.connect([url], { reconnectTimeInSeconds: 1 });
  const channel = connection.createChannel({
    name: 'dead-letter-replay',
    confirm: true,
    setup: async (raw: ConfirmChannel) => {
      raw.on('return', (message: Message) => returns.onReturn(message));
    },
  });
  try {
    await connection.connect({ timeout: publishTimeoutMs });
    await channel.waitForConnect();
  } catch (error) {
    await connection.close();
    throw error;
  }
  return {
    ...amqpRedelivery(channel, returns, publishTimeoutMs),
    async close() {
      await channel.close();
      await connection.close();
    },
  };
}
