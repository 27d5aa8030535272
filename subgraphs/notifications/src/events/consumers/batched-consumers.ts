import type { EventEnvelope } from '@crm/contracts';
import type { Tx } from '@crm/platform';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { NotificationDraft, NotifyService } from '../../services/notify.service';

/**
 * Deliveries per transaction on RabbitMQ's batch path (ADR 0069). Under a backlog every batch is full;
 * with a trickle a batch is what arrived within the bus's linger (20 ms).
 */
export const NOTIFICATIONS_BATCH = 100;

export interface NotifyingConsumerSpec<L> {
  name: string;
  events: string[];
  /** What the consumer reads besides the event (read models), kept for one transaction: a batch reads each thing once. */
  lookups(tx: Tx): L;
  /** Reads up front, in a query or two, what the batch's events will ask `lookups` for. */
  preload?(events: readonly EventEnvelope[], lookups: L): Promise<void>;
  /** One event's notifications (none when the event concerns nobody). */
  draftsOf(event: EventEnvelope, tx: Tx, lookups: L): Promise<readonly NotificationDraft[]>;
}

/**
 * A consumer whose events become notifications. One path for one event and for a batch: each event,
 * in delivery order, becomes drafts, and the drafts are written by one `notify.write` — on the single
 * path (the in-process bus, a failed batch's retries) a batch of one. Whatever an event writes while
 * being turned into drafts (the seen-devices table) a later event of the same batch sees, as it would
 * one transaction later. Any event that throws fails the whole batch; the bus then handles each of its
 * events alone, so only that event is retried or dead-lettered.
 */
export function notifyingConsumer<L>(spec: NotifyingConsumerSpec<L>, notify: NotifyService): ConsumerDefinition {
  async function handleAll(events: readonly EventEnvelope[], tx: Tx): Promise<void> {
    const lookups = spec.lookups(tx);
    await spec.preload?.(events, lookups);
    const drafts: NotificationDraft[] = [];
    for (const event of events) drafts.push(...(await spec.draftsOf(event, tx, lookups)));
    await notify.write(tx, drafts);
  }
  return {
    name: spec.name,
    events: spec.events,
    handle: (event, tx) => handleAll([event], tx),
    batch: { size: NOTIFICATIONS_BATCH, handle: handleAll },
  };
}

/**
 * A read model's consumer on the batch path too: the batch's events are applied one after another in
 * its transaction, exactly as one by one (each upsert is conditional on the row's event time, and two
 * events of one deal or user in a batch must not meet in one multi-row upsert). What a batch saves is
 * the transaction, the inbox insert and the acks per event.
 */
export function appliedInOrder(consumer: ConsumerDefinition): ConsumerDefinition {
  return {
    ...consumer,
    batch: {
      size: NOTIFICATIONS_BATCH,
      async handle(events, tx) {
        for (const event of events) await consumer.handle(event, tx);
      },
    },
  };
}

/** The deal ids a batch's events name (`data.dealId`), to read them from the read model at once. */
export const dealIdsNamed = (events: readonly EventEnvelope[]): string[] =>
  events.flatMap((event) => {
    const dealId = (event.data as { dealId?: unknown } | null)?.dealId;
    return typeof dealId === 'string' ? [dealId] : [];
  });
