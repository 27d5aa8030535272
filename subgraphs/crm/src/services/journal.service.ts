import { journalEntryKindSchema } from '@crm/contracts';
import type { Identity, Connection, PageArgs } from '@crm/platform';
import { appError, ErrorCode, hasRole, parseInput, cursorPart, decodeCursor, pageSize, toConnection, platformText } from '@crm/platform';
import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { journalEntries, journalEntryRevisions, type JournalEntryRevisionRow, type JournalEntryRow } from '../db/schema';
import { requireUser } from './access';
import { loadWritableDeal } from './deal-access';
import { idSchema, requiredText, versionSchema } from './input-schemas';
import { writeJournalEntry } from './journal-writer';
import type { ServiceDeps } from './service-deps';
import { crmText } from '../crm.texts';

/** People write notes, calls and meetings; SYSTEM entries come only from the system. */
const userKind = journalEntryKindSchema.exclude(['SYSTEM'], { message: crmText.reason('systemEntryKind') });
const addInput = z.object({ dealId: idSchema, kind: userKind, text: requiredText(20_000) });
const editInput = z.object({ id: idSchema, version: versionSchema, text: requiredText(20_000), kind: userKind.nullish() });

export function createJournalService(deps: ServiceDeps) {
  const { db, clock } = deps;

  async function addEntry(caller: Identity | null, input: unknown): Promise<JournalEntryRow> {
    const user = requireUser(caller);
    const data = parseInput(addInput, input);
    return db.transaction(async (tx) => {
      const deal = await loadWritableDeal(tx, user, data.dealId, { field: 'input.dealId' });
      return writeJournalEntry(tx, deps, deal, { kind: data.kind, text: data.text, authorId: user.userId });
    });
  }

  /** Keeps the superseded text as a revision: the journal shows every version. */
  async function editEntry(caller: Identity | null, input: unknown): Promise<JournalEntryRow> {
    const user = requireUser(caller);
    const data = parseInput(editInput, input);
    return db.transaction(async (tx) => {
      const [entry] = await tx
        .select()
        .from(journalEntries)
        .where(and(eq(journalEntries.id, data.id), eq(journalEntries.organizationId, user.orgId)))
        .for('update');
      if (!entry) throw appError(ErrorCode.NotFound, { text: crmText('noSuchJournalEntry'), field: 'input.id' });
      await loadWritableDeal(tx, user, entry.dealId, { field: 'input.id' });
      if (entry.kind === 'SYSTEM') throw appError(ErrorCode.Forbidden, { text: crmText('systemEntryEdit'), field: 'input.id' });
      if (entry.authorId !== user.userId && !hasRole(user, 'ADMIN')) {
        throw appError(ErrorCode.Forbidden, { text: crmText('authorOnlyEdit'), field: 'input.id' });
      }
      if (entry.version !== data.version) throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version' });
      await tx.insert(journalEntryRevisions).values({
        organizationId: entry.organizationId,
        entryId: entry.id,
        version: entry.version,
        kind: entry.kind,
        text: entry.text,
        authorId: entry.authorId,
        writtenAt: entry.updatedAt,
      });
      const [updated] = await tx
        .update(journalEntries)
        .set({ text: data.text, kind: data.kind ?? entry.kind, authorId: user.userId, version: entry.version + 1, updatedAt: clock() })
        .where(eq(journalEntries.id, entry.id))
        .returning();
      return updated!;
    });
  }

  /** A deal's journal, oldest first; the deal has already been checked as visible by its resolver. */
  async function entriesOfDeal(dealId: string, args: PageArgs & { includeSystem?: boolean | null }): Promise<Connection<JournalEntryRow>> {
    const size = pageSize(args.first, 50);
    const after = decodeCursor(args.after, [cursorPart.instant, cursorPart.id]);
    const conditions: (SQL | undefined)[] = [eq(journalEntries.dealId, dealId)];
    if (args.includeSystem === false) conditions.push(ne(journalEntries.kind, 'SYSTEM'));
    if (after) conditions.push(sql`(${journalEntries.createdAt}, ${journalEntries.id}) > (${after[0]}::timestamptz, ${after[1]}::uuid)`);
    const rows = await db
      .select()
      .from(journalEntries)
      .where(and(...conditions))
      .orderBy(asc(journalEntries.createdAt), asc(journalEntries.id))
      .limit(size + 1);
    return toConnection(rows, size, (e) => [e.createdAt.toISOString(), e.id]);
  }

  async function revisionsOf(orgId: string, entryIds: readonly string[]): Promise<JournalEntryRevisionRow[]> {
    if (entryIds.length === 0) return [];
    return db
      .select()
      .from(journalEntryRevisions)
      .where(and(eq(journalEntryRevisions.organizationId, orgId), inArray(journalEntryRevisions.entryId, [...entryIds])))
      .orderBy(asc(journalEntryRevisions.version));
  }

  return { addEntry, editEntry, entriesOfDeal, revisionsOf };
}

export type JournalService = ReturnType<typeof createJournalService>;
