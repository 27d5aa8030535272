import { appError, cursorPart, decodeCursor, ErrorCode, pageSize, parseInput, requireUser, toConnection, type Connection, type Db, type Identity, type PageArgs } from '@crm/platform';
import { and, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../clock';
import { notifications, type NotificationRow } from '../db/schema';
import { NOTIFICATION_KINDS, type NotificationKind } from '../messages/notification-kinds';
import { notificationsText } from '../notifications.texts';

export interface NotificationFilter {
  unreadOnly?: boolean | null | undefined;
  archived?: boolean | null | undefined;
  kind?: readonly NotificationKind[] | null | undefined;
}

const idsInput = z.object({ ids: z.array(z.uuid()).min(1).max(100) });
const filterInput = z.object({ unreadOnly: z.boolean().nullish(), archived: z.boolean().nullish(), kind: z.array(z.enum(NOTIFICATION_KINDS)).nullish() }).nullish();

const cursorKey = (row: NotificationRow) => [row.createdAt.toISOString(), row.id];

function beforeCursor(after: string | null | undefined): SQL | undefined {
  const key = decodeCursor(after, [cursorPart.instant, cursorPart.id]);
  if (!key) return undefined;
  const [createdAt, id] = key;
  return sql`(${notifications.createdAt}, ${notifications.id}) < (${createdAt}::timestamptz, ${id}::uuid)`;
}

const unread = and(isNull(notifications.readAt), isNull(notifications.archivedAt));

/** The reader's inbox: only ever their own rows (recipient and organisation both match the token). */
export function createInboxService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const mine = (caller: Identity | null) => {
    const user = requireUser(caller);
    return and(eq(notifications.recipientId, user.userId), eq(notifications.organizationId, user.orgId));
  };

  async function list(caller: Identity | null, args: PageArgs & { filter?: NotificationFilter | null }): Promise<Connection<NotificationRow>> {
    const owned = mine(caller);
    const size = pageSize(args.first);
    const filter = parseInput(filterInput, args.filter, 'filter');
    const rows = await db
      .select()
      .from(notifications)
      .where(
        and(
          owned,
          filter?.archived ? isNotNull(notifications.archivedAt) : isNull(notifications.archivedAt),
          filter?.unreadOnly ? isNull(notifications.readAt) : undefined,
          filter?.kind?.length ? inArray(notifications.kind, filter.kind) : undefined,
          beforeCursor(args.after),
        ),
      )
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(size + 1);
    return toConnection(rows, size, cursorKey);
  }

  async function unreadCount(caller: Identity | null): Promise<number> {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(mine(caller), unread));
    return row?.n ?? 0;
  }

  /** Batch read for `_entities`: someone else's notification loads as null. */
  async function byIds(caller: Identity | null, ids: readonly string[]): Promise<NotificationRow[]> {
    const valid = ids.filter((id) => z.uuid().safeParse(id).success);
    if (valid.length === 0) return [];
    return db.select().from(notifications).where(and(mine(caller), inArray(notifications.id, valid)));
  }

  /** Every id must be the caller's own; one that is not refuses the whole call and writes nothing. */
  async function update(caller: Identity | null, input: unknown, set: (now: Date) => Partial<NotificationRow>): Promise<NotificationRow[]> {
    const owned = mine(caller);
    const { ids } = parseInput(idsInput, input);
    const unique = [...new Set(ids)];
    return db.transaction(async (tx) => {
      const rows = await tx.update(notifications).set(set(clock())).where(and(owned, inArray(notifications.id, unique))).returning();
      if (rows.length !== unique.length) {
        throw appError(ErrorCode.BadUserInput, { text: notificationsText('notYours'), field: 'input.ids' });
      }
      return unique.map((id) => rows.find((row) => row.id === id)!);
    });
  }

  // coalesce keeps the first time: reading again does not move `readAt`, archiving again does not move `archivedAt`.
  const markRead = (caller: Identity | null, input: unknown) =>
    update(caller, input, (now) => ({ readAt: sql`coalesce(${notifications.readAt}, ${now})` as never, seenAt: sql`coalesce(${notifications.seenAt}, ${now})` as never }));

  const archive = (caller: Identity | null, input: unknown) =>
    update(caller, input, (now) => ({
      archivedAt: sql`coalesce(${notifications.archivedAt}, ${now})` as never,
      readAt: sql`coalesce(${notifications.readAt}, ${now})` as never,
      seenAt: sql`coalesce(${notifications.seenAt}, ${now})` as never,
    }));

  async function markAllRead(caller: Identity | null): Promise<number> {
    const now = clock();
    const rows = await db
      .update(notifications)
      .set({ readAt: now, seenAt: sql`coalesce(${notifications.seenAt}, ${now})` as never })
      .where(and(mine(caller), unread))
      .returning({ id: notifications.id });
    return rows.length;
  }

  async function markSeen(caller: Identity | null): Promise<number> {
    const rows = await db
      .update(notifications)
      .set({ seenAt: clock() })
      .where(and(mine(caller), isNull(notifications.seenAt), isNull(notifications.archivedAt)))
      .returning({ id: notifications.id });
    return rows.length;
  }

  return { list, unreadCount, byIds, markRead, archive, markAllRead, markSeen };
}

export type InboxService = ReturnType<typeof createInboxService>;
