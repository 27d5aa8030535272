import { createEnvelope, eventContracts, type EventEnvelope, type EventPayload, type EventType } from '@crm/contracts';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { currentLogContext } from '../logger';
import { currentTraceparent } from '../tracing';
import type { BusTables } from './tables';

/**
 * Channel the relays LISTEN on; NOTIFY is transactional, so a relay wakes only after the commit. The
 * payload is the source, which must be the outbox's endpoint name: only that outbox's relay wakes
 * (the others would each run an empty claim transaction per commit); a mismatch waits for the poll.
 */
export const OUTBOX_CHANNEL = 'crm_outbox';

export interface PublishInput<T extends EventType> {
  orgId: string;
  actorId?: string | undefined;
  subject?: string | undefined;
  data: EventPayload<T>;
}

export interface OutboxPublisher {
  /** Writes the event into the outbox inside `tx`: it exists if and only if the business change commits. */
  publish<T extends EventType>(tx: Executor, type: T, input: PublishInput<T>): Promise<EventEnvelope<EventPayload<T>>>;
  /**
   * Many events of one type in one insert and one wake-up of the relay (a consumer's batch), relayed
   * in the order given. The same guarantee as `publish`: they exist if and only if `tx` commits.
   */
  publishMany<T extends EventType>(tx: Executor, type: T, inputs: readonly PublishInput<T>[]): Promise<EventEnvelope<EventPayload<T>>[]>;
}

/** Rows per insert: 4 bound values each, well under PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 5_000;

export function createOutboxPublisher({ source, tables }: { source: string; tables: Pick<BusTables, 'outbox'> }): OutboxPublisher {
  function envelopeOf<T extends EventType>(type: T, input: PublishInput<T>): EventEnvelope<EventPayload<T>> {
    const contract = eventContracts[type];
    const data = contract.schema.parse(input.data) as EventPayload<T>;
    return createEnvelope({
      source: `/subgraphs/${source}`,
      type,
      version: contract.version,
      orgId: input.orgId,
      actorId: input.actorId,
      // The request's channel, when the actor is the caller of the request that writes the event.
      actorChannel: currentLogContext().channel,
      subject: input.subject,
      traceparent: currentTraceparent(),
      data,
    });
  }

  async function publishMany<T extends EventType>(tx: Executor, type: T, inputs: readonly PublishInput<T>[]): Promise<EventEnvelope<EventPayload<T>>[]> {
    const envelopes = inputs.map((input) => envelopeOf(type, input));
    if (envelopes.length === 0) return envelopes;
    for (let from = 0; from < envelopes.length; from += ROWS_PER_INSERT) {
      const rows = envelopes.slice(from, from + ROWS_PER_INSERT).map((envelope) => ({ id: envelope.id, orgId: envelope.orgid, type, envelope }));
      await tx.insert(tables.outbox).values(rows);
    }
    await tx.execute(sql`SELECT pg_notify(${OUTBOX_CHANNEL}, ${source})`);
    return envelopes;
  }

  return {
    publish: async (tx, type, input) => (await publishMany(tx, type, [input]))[0]!,
    publishMany,
  };
}
