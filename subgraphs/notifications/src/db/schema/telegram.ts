import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { notificationsSchema } from './notifications-schema';

/** Read model of Auth's Telegram links (`auth.telegram.linked|unlinked`); a 403 from Telegram sets `active` false. */
export const telegramChats = notificationsSchema.table('telegram_chats', {
  userId: uuid('user_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  chatId: text('chat_id').notNull(),
  active: boolean('active').notNull(),
  /** The time of the last link event applied; an older event arriving late is ignored. */
  eventTime: timestamp('event_time', { withTimezone: true }).notNull(),
});

export type TelegramDeliveryStatus = 'QUEUED' | 'SENT' | 'FAILED';

/**
 * The durable Telegram queue: one row per message, written in the transaction of its in-app
 * notification. `seq` orders each chat's messages; `not_before` holds a message through a 429's
 * `retry_after`, a backoff or quiet hours.
 */
export const telegramDeliveries = notificationsSchema.table(
  'telegram_deliveries',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    notificationId: uuid('notification_id').notNull().unique(),
    organizationId: uuid('organization_id').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    chatId: text('chat_id').notNull(),
    status: text('status').$type<TelegramDeliveryStatus>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
    reason: text('reason'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('telegram_deliveries_queued_idx').on(t.chatId, t.seq).where(sql`${t.status} = 'QUEUED'`)],
);

export type TelegramDeliveryRow = typeof telegramDeliveries.$inferSelect;
