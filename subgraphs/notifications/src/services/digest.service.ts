import { dayIn, DEFAULT_TIME_ZONE, type Db } from '@crm/platform';
import { and, count, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { Clock } from '../clock';
import { crmSettings, notifications, telegramChats, userSettings } from '../db/schema';
import type { NotificationKind } from '../messages/notification-kinds';
import type { DIGEST_COUNTS } from '../messages/render-notification';
import type { NotifyService } from './notify.service';
import { minutesOfDay, toMinutes } from './quiet-hours';
import { DEFAULT_DIGEST_TIME } from './settings.service';

/** What each count of the digest counts: the reader's unread notifications of that kind still in the inbox. */
const COUNTED: Record<(typeof DIGEST_COUNTS)[number], NotificationKind> = { reviewDue: 'DEAL_REVIEW_DUE', overdue: 'INSTALMENT_OVERDUE', tasks: 'TASK_ASSIGNED' };

/** A digest goes out in the two hours after its time (a service down at that minute still sends it), never later in the day. */
const WINDOW_MINUTES = 120;
const DAY_MS = 86_400_000;

/**
 * The morning Telegram digest (ADR 0064): once a day, at the time each user chose on the
 * organisation's clock, a user with an active Telegram link and anything to report gets one
 * `DAILY_DIGEST` notification ("Сегодня: 5 сделок на пересмотр, 2 просроченных взноса, 3 задачи"),
 * which the Telegram queue delivers. Review-due deals reach Telegram only through it. Its event id is
 * `digest:<day>`, so a second run, instance or restart the same day writes nothing.
 */
export function createDigestService(deps: { db: Db; clock: Clock; notify: NotifyService }) {
  const { db, clock } = deps;

  /** Users whose digest time has come today and who have not had today's digest. */
  async function dueReaders(now: Date) {
    const linked = await db
      .select({ userId: telegramChats.userId, organizationId: telegramChats.organizationId, digestTime: userSettings.digestTime, timeZone: crmSettings.timeZone })
      .from(telegramChats)
      .leftJoin(userSettings, eq(userSettings.userId, telegramChats.userId))
      .leftJoin(crmSettings, eq(crmSettings.organizationId, telegramChats.organizationId))
      .where(eq(telegramChats.active, true));
    const due = linked.flatMap((row) => {
      const zone = row.timeZone ?? DEFAULT_TIME_ZONE;
      const since = minutesOfDay(now, zone) - toMinutes(row.digestTime ?? DEFAULT_DIGEST_TIME);
      return since >= 0 && since < WINDOW_MINUTES ? [{ ...row, eventId: `digest:${dayIn(zone, now)}` }] : [];
    });
    if (due.length === 0) return [];
    const done = await db
      .select({ recipientId: notifications.recipientId, eventId: notifications.eventId })
      .from(notifications)
      .where(and(eq(notifications.kind, 'DAILY_DIGEST'), inArray(notifications.recipientId, due.map((r) => r.userId)), gte(notifications.createdAt, new Date(now.getTime() - DAY_MS))));
    return due.filter((r) => !done.some((d) => d.recipientId === r.userId && d.eventId === r.eventId));
  }

  async function countsOf(userId: string): Promise<Record<string, string>> {
    const rows = await db
      .select({ kind: notifications.kind, n: count() })
      .from(notifications)
      .where(and(eq(notifications.recipientId, userId), inArray(notifications.kind, Object.values(COUNTED)), isNull(notifications.readAt), isNull(notifications.archivedAt)))
      .groupBy(notifications.kind);
    return Object.fromEntries(Object.entries(COUNTED).map(([name, kind]) => [name, String(rows.find((r) => r.kind === kind)?.n ?? 0)]));
  }

  /** One pass (the job runs it every minute); returns how many digests it wrote. */
  async function run(): Promise<number> {
    const now = clock();
    let written = 0;
    for (const reader of await dueReaders(now)) {
      const params = await countsOf(reader.userId);
      if (Object.values(params).every((n) => n === '0')) continue;
      const rows = await db.transaction((tx) =>
        deps.notify.write(tx, [{ eventId: reader.eventId, organizationId: reader.organizationId, kind: 'DAILY_DIGEST', params, actorId: null, recipients: [reader.userId] }]),
      );
      written += rows.length;
    }
    return written;
  }

  return { run };
}

export type DigestService = ReturnType<typeof createDigestService>;
