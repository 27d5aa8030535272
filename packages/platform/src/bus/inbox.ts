import type { EventEnvelope } from '@crm/contracts';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db';
import { runWithLogContext } from '../logger';
import { SpanKind, startSpan } from '../tracing';
import type { BusTables } from './tables';
import type { BatchHandling, ConsumerDefinition } from './types';

export type InboxOutcome = 'processed' | 'duplicate';

/**
 * Runs `consumer.handle` once per event id: the inbox row and the handler's effect commit together
 * (a savepoint when `executor` is already a transaction). A second delivery of the same id finds the
 * row and does nothing; a concurrent one waits on the row's key and then finds it. Handler errors propagate.
 */
export async function handleOnce(
  executor: Executor,
  tables: Pick<BusTables, 'inbox'>,
  consumer: Pick<ConsumerDefinition, 'name' | 'handle'>,
  envelope: EventEnvelope,
): Promise<InboxOutcome> {
  // The event's traceparent continues the trace of the request that wrote it: the handler's log lines and
  // the events it publishes carry this span (ADR 0058).
  const span = startSpan(`consume ${consumer.name}`, SpanKind.CONSUMER, envelope.traceparent, { 'messaging.destination.name': consumer.name, 'messaging.message.id': envelope.id, 'crm.event.type': envelope.type });
  try {
    const outcome = await runWithLogContext({ traceId: span.traceId, spanId: span.spanId }, () => recordAndHandle(executor, tables, consumer, envelope));
    span.setAttributes({ 'crm.inbox.outcome': outcome });
    span.end();
    return outcome;
  } catch (error) {
    span.end(error);
    throw error;
  }
}

function recordAndHandle(executor: Executor, tables: Pick<BusTables, 'inbox'>, consumer: Pick<ConsumerDefinition, 'name' | 'handle'>, envelope: EventEnvelope): Promise<InboxOutcome> {
  return executor.transaction(async (tx) => {
    const recorded = await tx
      .insert(tables.inbox)
      .values({ consumer: consumer.name, eventId: envelope.id, orgId: envelope.orgid })
      .onConflictDoNothing()
      .returning({ eventId: tables.inbox.eventId });
    if (recorded.length === 0) return 'duplicate';
    await consumer.handle(envelope, tx);
    return 'processed';
  });
}

export interface BatchOutcome {
  processed: EventEnvelope[];
  duplicates: EventEnvelope[];
}

/**
 * The batch form of `handleOnce`: one transaction records every envelope in the inbox and hands the
 * ones not seen before (also not twice within the batch) to `batch.handle`. Either all of them commit
 * or none does; handler errors propagate.
 */
export async function handleBatchOnce(
  executor: Executor,
  tables: Pick<BusTables, 'inbox'>,
  consumer: Pick<ConsumerDefinition, 'name'> & { batch: Pick<BatchHandling, 'handle'> },
  envelopes: readonly EventEnvelope[],
): Promise<BatchOutcome> {
  const span = startSpan(`consume ${consumer.name} batch`, SpanKind.CONSUMER, undefined, { 'messaging.destination.name': consumer.name, 'messaging.batch.message_count': envelopes.length });
  try {
    const outcome = await executor.transaction(async (tx) => {
      const unique = [...new Map(envelopes.map((envelope) => [envelope.id, envelope])).values()];
      // One parameter, a JSON array, rather than three bound values per event (ADR 0071).
      const ids = JSON.stringify(unique.map((envelope) => ({ id: envelope.id, org: envelope.orgid })));
      const recorded = (await tx.execute(
        sql`INSERT INTO ${tables.inbox} (consumer, event_id, org_id) SELECT ${consumer.name}, e.id, e.org FROM json_to_recordset(${ids}::json) AS e(id text, org text) ON CONFLICT DO NOTHING RETURNING event_id`,
      )) as unknown as { rows: { event_id: string }[] };
      const fresh = new Set(recorded.rows.map((row) => row.event_id));
      const processed = unique.filter((envelope) => fresh.has(envelope.id));
      if (processed.length > 0) await consumer.batch.handle(processed, tx);
      const taken = new Set<EventEnvelope>(processed);
      return { processed, duplicates: envelopes.filter((envelope) => !taken.has(envelope)) };
    });
    span.end();
    return outcome;
  } catch (error) {
    span.end(error);
    throw error;
  }
}

/** What gets stored as the reason of a failure: enough to diagnose, bounded in size. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return text.length > 4000 ? `${text.slice(0, 4000)}…` : text;
}
