import type { Db, Executor } from '@crm/platform';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import type { TelegramConfig } from '../config';
import { notifications, telegramDeliveries, type NotificationRow, type TelegramDeliveryRow } from '../db/schema';
import type { NotificationKind } from '../messages/notification-kinds';
import type { ChannelChoices } from './settings.service';
import type { TelegramChatsService } from './telegram-chats.service';

/** Review-due deals reach Telegram in the morning digest, not one message each (issue 14). */
const DIGEST_ONLY: readonly NotificationKind[] = ['DEAL_REVIEW_DUE'];

export interface DueDelivery {
  delivery: TelegramDeliveryRow;
  notification: NotificationRow;
}

/** The durable Telegram queue (ADR 0039): written with the in-app row, drained by the sender. */
export function createTelegramQueueService(deps: { db: Db; clock: Clock; telegram: TelegramConfig | null; chats: TelegramChatsService }) {
  const { db, clock } = deps;

  /**
   * Queues a message for each new notification whose reader wants its kind on Telegram and has an
   * active link: one read of the links and one insert, in the order of `rows` (a chat's messages go out in it).
   */
  async function enqueue(tx: Executor, rows: readonly NotificationRow[], choices: ChannelChoices): Promise<void> {
    if (!deps.telegram) return;
    const wanted = rows.filter((row) => !DIGEST_ONLY.includes(row.kind) && choices.wants(row.recipientId, row.kind, 'TELEGRAM'));
    if (wanted.length === 0) return;
    const chats = await deps.chats.activeChats(tx, [...new Set(wanted.map((row) => row.recipientId))]);
    const now = clock();
    const values = wanted.flatMap((row) => {
      const chatId = chats.get(row.recipientId);
      return chatId ? [{ notificationId: row.id, organizationId: row.organizationId, recipientId: row.recipientId, chatId, status: 'QUEUED' as const, notBefore: now }] : [];
    });
    if (values.length > 0) await tx.insert(telegramDeliveries).values(values).onConflictDoNothing();
  }

  /** The oldest queued message of each chat, if it is due: a chat's later messages wait for it (order per chat). */
  async function due(limit: number): Promise<DueDelivery[]> {
    const heads = db
      .selectDistinctOn([telegramDeliveries.chatId])
      .from(telegramDeliveries)
      .where(eq(telegramDeliveries.status, 'QUEUED'))
      .orderBy(telegramDeliveries.chatId, asc(telegramDeliveries.seq))
      .as('heads');
    const rows = await db
      .select({ seq: heads.seq })
      .from(heads)
      .where(lte(heads.notBefore, clock()))
      .orderBy(asc(heads.seq))
      .limit(limit);
    if (rows.length === 0) return [];
    const joined = await db
      .select({ delivery: telegramDeliveries, notification: notifications })
      .from(telegramDeliveries)
      .innerJoin(notifications, eq(notifications.id, telegramDeliveries.notificationId))
      .where(inArray(telegramDeliveries.seq, rows.map((row) => row.seq)))
      .orderBy(asc(telegramDeliveries.seq));
    return joined;
  }

  async function sent(seq: number): Promise<void> {
    await db.update(telegramDeliveries).set({ status: 'SENT', sentAt: clock(), reason: null, attempts: sql`${telegramDeliveries.attempts} + 1` }).where(eq(telegramDeliveries.seq, seq));
  }

  /** Another try after `delayMs`, or FAILED with `reason` once attempts run out (the dead letter). */
  async function retry(delivery: TelegramDeliveryRow, delayMs: number, reason: string, maxAttempts: number): Promise<void> {
    const attempts = delivery.attempts + 1;
    const set =
      attempts >= maxAttempts
        ? { status: 'FAILED' as const, attempts, reason: `${reason} (gave up after ${attempts} attempts)` }
        : { attempts, reason, notBefore: new Date(clock().getTime() + delayMs) };
    await db.update(telegramDeliveries).set(set).where(eq(telegramDeliveries.seq, delivery.seq));
  }

  /** Holds without counting an attempt (quiet hours). */
  async function hold(seq: number, untilMs: number): Promise<void> {
    await db.update(telegramDeliveries).set({ notBefore: new Date(untilMs) }).where(eq(telegramDeliveries.seq, seq));
  }

  /** The bot was blocked: this and every queued message of the chat fail, and the link goes inactive. */
  async function blocked(chatId: string, reason: string): Promise<void> {
    await db.transaction(async (tx) => {
      await tx.update(telegramDeliveries).set({ status: 'FAILED', reason }).where(and(eq(telegramDeliveries.chatId, chatId), eq(telegramDeliveries.status, 'QUEUED')));
      await deps.chats.deactivate(tx, chatId);
    });
  }

  async function ofNotifications(ids: readonly string[]): Promise<TelegramDeliveryRow[]> {
    if (ids.length === 0) return [];
    return db.select().from(telegramDeliveries).where(inArray(telegramDeliveries.notificationId, [...ids]));
  }

  return { enqueue, due, sent, retry, hold, blocked, ofNotifications };
}

export type TelegramQueueService = ReturnType<typeof createTelegramQueueService>;
