import amqp from 'amqp-connection-manager';
import type { ConfirmChannel } from 'amqplib';
import { createEnvelope, eventContracts, type EventEnvelope, type EventPayload, type EventType } from '@crm/contracts';
import { encodeEnvelope, envelopeProperties } from './amqp-message';
import { assertEventExchange, DEFAULT_EXCHANGE } from './amqp-topology';

/**
 * Publishes events straight to the exchange (confirmed by the broker), without an outbox: for tools whose
 * events no business transaction writes, e.g. a load driver emitting thin events for real entities. A
 * service's own events go through its outbox (`createOutboxPublisher`), never through this.
 */
export async function connectAmqpEventPublisher(options: { url: string; exchange?: string; source: string }) {
  const exchange = options.exchange ?? DEFAULT_EXCHANGE;
  const connection = amqp.connect([options.url], { heartbeatIntervalInSeconds: 5, reconnectTimeInSeconds: 1 });
  const channel = connection.createChannel({ name: 'event-publisher', confirm: true, setup: (raw: ConfirmChannel) => assertEventExchange(raw as never, exchange) });
  await channel.waitForConnect();
  return {
    /** The event's envelope once the broker has confirmed it. */
    async publish<T extends EventType>(type: T, input: { orgId: string; actorId?: string; data: EventPayload<T>; id?: string }): Promise<EventEnvelope<EventPayload<T>>> {
      const contract = eventContracts[type];
      const data = contract.schema.parse(input.data) as EventPayload<T>;
      const envelope = createEnvelope({ source: options.source, type, version: contract.version, orgId: input.orgId, actorId: input.actorId, data, id: input.id });
      await channel.publish(exchange, type, encodeEnvelope(envelope), envelopeProperties(envelope));
      return envelope;
    },
    async close(): Promise<void> {
      await channel.close();
      await connection.close();
    },
  };
}
