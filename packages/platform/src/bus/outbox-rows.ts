import { asc, inArray, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../db';
import type { BusTables } from './tables';

export type OutboxRow = Pick<BusTables['outbox']['$inferSelect'], 'seq' | 'id' | 'type' | 'envelope'>;

/**
 * Locks the oldest unpublished rows for this transaction. SKIP LOCKED lets several relay instances
 * share one outbox: each row is claimed by exactly one of them until its transaction ends.
 */
export async function claimPendingOutbox(tx: Tx, tables: Pick<BusTables, 'outbox'>, limit: number): Promise<OutboxRow[]> {
  const { outbox } = tables;
  return tx
    .select({ seq: outbox.seq, id: outbox.id, type: outbox.type, envelope: outbox.envelope })
    .from(outbox)
    .where(isNull(outbox.publishedAt))
    .orderBy(asc(outbox.seq))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markPublished(tx: Tx, tables: Pick<BusTables, 'outbox'>, seqs: number[]): Promise<void> {
  if (seqs.length === 0) return;
  await tx.update(tables.outbox).set({ publishedAt: sql`now()`, lastError: null }).where(inArray(tables.outbox.seq, seqs));
}

/** The row stays unpublished for the next pass; the counter and error tell an operator why it lingers. */
export async function markFailed(tx: Tx, tables: Pick<BusTables, 'outbox'>, seqs: number[], error: string): Promise<void> {
  if (seqs.length === 0) return;
  const { outbox } = tables;
  await tx
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, lastError: error })
    .where(inArray(outbox.seq, seqs));
}
