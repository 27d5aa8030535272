import type { Executor, Identity, Connection, PageArgs } from '@crm/platform';
import { appError, cursorPart, decodeCursor, ErrorCode, pageSize, requireAdmin, toConnection } from '@crm/platform';
import { and, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { entries, type AuditChannel, type EntryRow } from '../db/entries-table';
import { inputText } from '@crm/texts';

export interface AuditLogFilter {
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  actorId?: string | null | undefined;
  channel?: AuditChannel | null | undefined;
  action?: string | null | undefined;
  from?: Date | null | undefined;
  to?: Date | null | undefined;
}

const sequencePart = z.string().regex(/^\d{1,15}$/);

/**
 * One page, newest first, of the organisation's entries matching `conditions`. The cursor is
 * (recorded_at, sequence) of the last row seen; every query names the organisation, so the indexes
 * (organisation, entity | actor | deal | time) serve it and nothing crosses organisations.
 */
export async function entriesPage(executor: Executor, organizationId: string, conditions: (SQL | undefined)[], args: PageArgs): Promise<Connection<EntryRow>> {
  const size = pageSize(args.first);
  const cursor = entriesCursor(args.after);
  const after = cursor ? or(lt(entries.recordedAt, cursor.at), and(eq(entries.recordedAt, cursor.at), lt(entries.sequence, cursor.sequence))) : undefined;
  const rows = await executor
    .select()
    .from(entries)
    .where(and(eq(entries.organizationId, organizationId), ...conditions, after))
    .orderBy(desc(entries.recordedAt), desc(entries.sequence))
    .limit(size + 1);
  return entriesConnection(rows, size);
}

/** The (recorded_at, sequence) an `after` cursor names; BAD_USER_INPUT if it is not one. */
export function entriesCursor(after: string | null | undefined): { at: Date; sequence: number } | undefined {
  const cursor = decodeCursor(after, [cursorPart.instant, sequencePart]);
  return cursor ? { at: new Date(cursor[0]), sequence: Number(cursor[1]) } : undefined;
}

/** A page of up to `size` from `rows` (one more than `size` says there is a next page). */
export const entriesConnection = (rows: EntryRow[], size: number): Connection<EntryRow> => toConnection(rows, size, (row) => [row.recordedAt.toISOString(), String(row.sequence)]);

/** Refuses a range that ends before it starts, naming the field. */
export function checkFilter(filter: AuditLogFilter | null | undefined): AuditLogFilter {
  const f = filter ?? {};
  if (f.from && f.to && f.from >= f.to) throw appError(ErrorCode.BadUserInput, { text: inputText('before', { other: 'filter.to' }), field: 'filter.from' });
  return f;
}

/** The conditions of an `AuditLogFilter`: every one given must hold. */
export function filterConditions(f: AuditLogFilter): (SQL | undefined)[] {
  return [
    f.entityType ? eq(entries.entityType, f.entityType) : undefined,
    f.entityId ? eq(entries.entityId, f.entityId) : undefined,
    f.actorId ? eq(entries.actorId, f.actorId) : undefined,
    f.channel ? eq(entries.channel, f.channel) : undefined,
    f.action ? eq(entries.action, f.action) : undefined,
    f.from ? gte(entries.recordedAt, f.from) : undefined,
    f.to ? lt(entries.recordedAt, f.to) : undefined,
  ];
}

/** `auditLog`: administrators read their own organisation's trail, filtered. */
export function createAuditLogService(deps: { db: Executor }) {
  async function list(caller: Identity | null, filter: AuditLogFilter | null | undefined, args: PageArgs): Promise<Connection<EntryRow>> {
    const admin = requireAdmin(caller);
    return entriesPage(deps.db, admin.orgId, filterConditions(checkFilter(filter)), args);
  }

  return { list };
}

export type AuditLogService = ReturnType<typeof createAuditLogService>;
