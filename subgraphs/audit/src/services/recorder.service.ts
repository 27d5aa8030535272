import { randomUUID } from 'node:crypto';
import type { Tx } from '@crm/platform';
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import { entries, type EntryRow, type NewEntry } from '../db/entries-table';
import { chainHeads } from '../db/schema';
import { entryHash, GENESIS_HASH } from './hash-chain';
import type { PartitionsService } from './partitions.service';

/** What a caller says about an entry; the recorder adds id, sequence, time and the chain's hashes. */
export type AuditRecord = Omit<NewEntry, 'id' | 'sequence' | 'recordedAt' | 'previousHash' | 'hash'>;

/**
 * Appends to the organisation's hash chain: the chain head's row is locked for the transaction, so
 * entries of one organisation take consecutive sequence numbers and each hash covers the previous one.
 * Organisations never wait on each other.
 */
export function createRecorderService(deps: { clock: Clock; partitions: PartitionsService }) {
  async function append(tx: Tx, record: AuditRecord): Promise<EntryRow> {
    const recordedAt = deps.clock();
    await deps.partitions.ensureFor(tx, recordedAt);
    // One statement creates the organisation's head on its first entry and locks it (an upsert locks the row it touches).
    const [head] = await tx
      .insert(chainHeads)
      .values({ organizationId: record.organizationId, sequence: 0, hash: GENESIS_HASH })
      .onConflictDoUpdate({ target: chainHeads.organizationId, set: { organizationId: sql`excluded.organization_id` } })
      .returning();
    const unhashed: Omit<EntryRow, 'hash'> = {
      id: randomUUID(),
      organizationId: record.organizationId,
      sequence: head!.sequence + 1,
      recordedAt,
      occurredAt: record.occurredAt,
      source: record.source,
      sourceId: record.sourceId,
      actorKind: record.actorKind,
      actorId: record.actorId ?? null,
      channel: record.channel,
      requestId: record.requestId ?? null,
      traceId: record.traceId ?? null,
      operationName: record.operationName ?? null,
      entityType: record.entityType ?? null,
      entityId: record.entityId ?? null,
      dealId: record.dealId ?? null,
      action: record.action,
      outcome: record.outcome,
      changes: record.changes ?? null,
      details: record.details ?? null,
      previousHash: head!.hash,
    };
    const row: EntryRow = { ...unhashed, hash: entryHash(unhashed) };
    await tx.insert(entries).values(row);
    await tx.update(chainHeads).set({ sequence: row.sequence, hash: row.hash }).where(eq(chainHeads.organizationId, record.organizationId));
    return row;
  }

  return { append };
}

export type RecorderService = ReturnType<typeof createRecorderService>;
