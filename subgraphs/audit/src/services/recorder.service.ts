import { randomUUID } from 'node:crypto';
import { insertEntries } from '../db/insert-entries';
import type { Tx } from '@crm/platform';
import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import { type EntryRow, type NewEntry } from '../db/entries-table';
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
  /** The row as chained after `previous` (sequence and hash), stamped now. */
  function chained(record: AuditRecord, previous: { sequence: number; hash: string }, recordedAt: Date): EntryRow {
    const unhashed: Omit<EntryRow, 'hash'> = {
      id: randomUUID(),
      organizationId: record.organizationId,
      sequence: previous.sequence + 1,
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
      previousHash: previous.hash,
    };
    return { ...unhashed, hash: entryHash(unhashed) };
  }

  /**
   * Creates the organisations' heads on their first entry and locks them for the transaction (an upsert
   * locks the rows it touches), in organisation order so that two batches never wait on each other in a cycle.
   */
  async function lockHeads(tx: Tx, organizationIds: string[]) {
    const sorted = [...new Set(organizationIds)].sort();
    const heads = await tx
      .insert(chainHeads)
      .values(sorted.map((organizationId) => ({ organizationId, sequence: 0, hash: GENESIS_HASH })))
      .onConflictDoUpdate({ target: chainHeads.organizationId, set: { organizationId: sql`excluded.organization_id` } })
      .returning();
    return new Map(heads.map((head) => [head.organizationId, { sequence: head.sequence, hash: head.hash }]));
  }

  async function append(tx: Tx, record: AuditRecord): Promise<EntryRow> {
    const [row] = await appendMany(tx, [record]);
    return row!;
  }

  /**
   * Appends many records in one transaction: each organisation's records extend its chain in the given
   * order; the rows go in with multi-row INSERTs and each touched head is moved once.
   */
  async function appendMany(tx: Tx, records: readonly AuditRecord[]): Promise<EntryRow[]> {
    if (records.length === 0) return [];
    const recordedAt = deps.clock();
    await deps.partitions.ensureFor(tx, recordedAt);
    const heads = await lockHeads(tx, records.map((record) => record.organizationId));
    const rows = records.map((record) => {
      const row = chained(record, heads.get(record.organizationId)!, recordedAt);
      heads.set(record.organizationId, { sequence: row.sequence, hash: row.hash });
      return row;
    });
    await insertEntries(tx, rows);
    
    await moveHeads(tx, heads);
    return rows;
  }

  async function moveHeads(tx: Tx, heads: Map<string, { sequence: number; hash: string }>): Promise<void> {
    const only = heads.size === 1 ? [...heads][0] : undefined;
    if (only) {
      await tx.update(chainHeads).set(only[1]).where(eq(chainHeads.organizationId, only[0]));
      return;
    }
    const values = sql.join(
      [...heads].map(([organizationId, head]) => sql`(${organizationId}::uuid, ${head.sequence}::bigint, ${head.hash})`),
      sql`, `,
    );
    await tx.execute(
      sql`UPDATE ${chainHeads} AS head SET sequence = moved.sequence, hash = moved.hash FROM (VALUES ${values}) AS moved(organization_id, sequence, hash) WHERE head.organization_id = moved.organization_id`,
    );
  }

  return { append, appendMany };
}

export type RecorderService = ReturnType<typeof createRecorderService>;
