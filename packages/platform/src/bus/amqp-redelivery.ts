import type { EventEnvelope } from '@crm/contracts';
import amqp, { type ChannelWrapper } from 'amqp-connection-manager';
import { encodeEnvelope, envelopeProperties } from './amqp-message';
import type { Redelivery } from './types';

/** Replay over RabbitMQ: straight into the consumer's queue (default exchange), confirmed before the replay commits. */
export function amqpRedelivery(channel: ChannelWrapper, publishTimeoutMs: number): Redelivery {
  return {
    async redeliver(_tx, consumer: string, envelope: EventEnvelope) {
      await channel.sendToQueue(consumer, encodeEnvelope(envelope), { ...envelopeProperties(envelope), mandatory: true, timeout: publishTimeoutMs });
    },
  };
}

/** A standalone connection for tools (the dead-letters CLI) that replay without running a bus. */
export async function connectAmqpRedelivery(url: string, publishTimeoutMs = 10_000): Promise<Redelivery & { close(): Promise<void> }> {
  const connection = amqp.connect([url], { reconnectTimeInSeconds: 1 });
  const channel = connection.createChannel({ name: 'dead-letter-replay', confirm: true });
  try {
    await connection.connect({ timeout: publishTimeoutMs });
    await channel.waitForConnect();
  } catch (error) {
    await connection.close();
    throw error;
  }
  return {
    ...amqpRedelivery(channel, publishTimeoutMs),
    async close() {
      await channel.close();
      await connection.close();
    },
  };
}
