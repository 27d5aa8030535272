import type { Db, Identity } from '@crm/platform';
import { appError, ErrorCode, requireAdmin } from '@crm/platform';
import { and, asc, eq, gt, gte, lt } from 'drizzle-orm';
import { entries, type EntryRow } from '../db/entries-table';
import { chainHeads } from '../db/schema';
import { entryHash, GENESIS_HASH } from './hash-chain';
import { inputText } from '@crm/texts';

export type IntegrityProblemKind = 'ALTERED' | 'BROKEN_LINK' | 'MISSING';

export interface IntegrityProblem {
  kind: IntegrityProblemKind;
  sequence: number;
  entryId: string | null;
}

export interface IntegrityReport {
  intact: boolean;
  checkedEntries: number;
  problems: IntegrityProblem[];
}

const BATCH = 2_000;

/**
 * Walks the organisation's hash chain over the entries recorded in [from, to), in sequence order and in
 * batches: each entry must hash to its stored hash (else ALTERED), name the previous entry's hash (else
 * BROKEN_LINK) and follow it without a gap (else MISSING); the entry before the range and the chain head
 * after it must be there too, so removing the first or the newest entries shows as well.
 */
export function createIntegrityService(deps: { db: Db }) {
  const { db } = deps;

  const bySequence = async (organizationId: string, sequence: number): Promise<EntryRow | undefined> =>
    (await db.select().from(entries).where(and(eq(entries.organizationId, organizationId), eq(entries.sequence, sequence))).limit(1))[0];

  async function verify(caller: Identity | null, from: Date, to: Date): Promise<IntegrityReport> {
    const admin = requireAdmin(caller);
    if (from >= to) throw appError(ErrorCode.BadUserInput, { text: inputText('before', { other: 'to' }), field: 'from' });
    const organizationId = admin.orgId;
    const problems: IntegrityProblem[] = [];
    let checked = 0;
    let previous: { sequence: number; hash: string } | undefined;
    let lastSequence = 0;
    for (;;) {
      const batch = await db
        .select()
        .from(entries)
        .where(and(eq(entries.organizationId, organizationId), gte(entries.recordedAt, from), lt(entries.recordedAt, to), gt(entries.sequence, lastSequence)))
        .orderBy(asc(entries.sequence))
        .limit(BATCH);
      for (const row of batch) {
        if (!previous) previous = await predecessorOf(organizationId, row, problems);
        else if (row.sequence !== previous.sequence + 1) problems.push({ kind: 'MISSING', sequence: row.sequence, entryId: row.id });
        const { hash, ...content } = row;
        if (entryHash(content) !== hash) problems.push({ kind: 'ALTERED', sequence: row.sequence, entryId: row.id });
        if (previous && row.previousHash !== previous.hash) problems.push({ kind: 'BROKEN_LINK', sequence: row.sequence, entryId: row.id });
        previous = { sequence: row.sequence, hash };
        lastSequence = row.sequence;
        checked++;
      }
      if (batch.length < BATCH) break;
    }
    if (previous) await checkSuccessor(organizationId, previous.sequence, problems);
    return { intact: problems.length === 0, checkedEntries: checked, problems };
  }

  /** The link the range's first entry must follow: the genesis, or the entry just before it (which must exist). */
  async function predecessorOf(organizationId: string, first: EntryRow, problems: IntegrityProblem[]) {
    if (first.sequence === 1) return { sequence: 0, hash: GENESIS_HASH };
    const before = await bySequence(organizationId, first.sequence - 1);
    if (!before) {
      problems.push({ kind: 'MISSING', sequence: first.sequence, entryId: first.id });
      return undefined;
    }
    return { sequence: before.sequence, hash: before.hash };
  }

  /** Entries the head says exist after the range's last one must still be there (the newest ones removed shows here). */
  async function checkSuccessor(organizationId: string, lastSequence: number, problems: IntegrityProblem[]) {
    const [head] = await db.select().from(chainHeads).where(eq(chainHeads.organizationId, organizationId));
    if (!head || head.sequence <= lastSequence) return;
    if (!(await bySequence(organizationId, lastSequence + 1))) problems.push({ kind: 'MISSING', sequence: lastSequence + 1, entryId: null });
  }

  return { verify };
}

export type IntegrityService = ReturnType<typeof createIntegrityService>;
