import type { EventEnvelope } from '@crm/contracts';
import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../db';
import type { BusTables } from './tables';
import type { BusEndpoint, Redelivery } from './types';

export interface DeadLetterInput {
  consumer: string;
  envelope: EventEnvelope;
  error: string;
  attempts: number;
}

/** Parks an event a consumer gave up on, in the consumer's own schema, for an operator to replay. */
export async function writeDeadLetter(executor: Executor, tables: Pick<BusTables, 'deadLetters'>, input: DeadLetterInput): Promise<void> {
  await executor.insert(tables.deadLetters).values({
    consumer: input.consumer,
    eventId: input.envelope.id,
    orgId: input.envelope.orgid,
    type: input.envelope.type,
    envelope: input.envelope,
    error: input.error,
    attempts: input.attempts,
  });
}

export interface DeadLetterFilter {
  consumer?: string;
  /** A single dead letter by its id. */
  id?: string;
  /** Replayed ones are kept as history; listing skips them unless asked. */
  includeReplayed?: boolean;
  limit?: number;
}

export type DeadLetter = BusTables['deadLetters']['$inferSelect'];

export async function listDeadLetters(endpoint: Pick<BusEndpoint, 'db' | 'tables'>, filter: DeadLetterFilter = {}): Promise<DeadLetter[]> {
  const table = endpoint.tables.deadLetters;
  return endpoint.db
    .select()
    .from(table)
    .where(and(...conditions(table, filter)))
    .orderBy(asc(table.failedAt))
    .limit(filter.limit ?? 100);
}

export interface ReplaySelection {
  consumer?: string;
  id?: string;
}

/**
 * Re-delivers dead letters to their consumer only (not to every subscriber of the event type) and
 * marks them replayed in the same transaction. Returns how many were replayed.
 */
export async function replayDeadLetters(endpoint: Pick<BusEndpoint, 'db' | 'tables'>, redelivery: Redelivery, selection: ReplaySelection): Promise<number> {
  if (!selection.consumer && !selection.id) throw new Error('Replay needs a consumer or a dead letter id');
  const table = endpoint.tables.deadLetters;
  return endpoint.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(table)
      .where(and(...conditions(table, selection)))
      .orderBy(asc(table.failedAt))
      .for('update', { skipLocked: true });
    for (const row of rows) {
      await redelivery.redeliver(tx, row.consumer, row.envelope);
      await tx.update(table).set({ replayedAt: new Date() }).where(eq(table.id, row.id));
    }
    return rows.length;
  });
}

export async function replayDeadLetter(endpoint: Pick<BusEndpoint, 'db' | 'tables'>, redelivery: Redelivery, id: string): Promise<boolean> {
  return (await replayDeadLetters(endpoint, redelivery, { id })) === 1;
}

function conditions(table: BusTables['deadLetters'], filter: DeadLetterFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.consumer) where.push(eq(table.consumer, filter.consumer));
  if (filter.id) where.push(eq(table.id, filter.id));
  if (!filter.includeReplayed) where.push(isNull(table.replayedAt));
  return where;
}
