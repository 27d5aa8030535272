import { sql } from 'drizzle-orm';
import { index, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { NotificationKind } from '../../messages/notification-kinds';
import { notificationsSchema } from './notifications-schema';

/**
 * One in-app notification of one recipient. The text is never stored: `kind` + `params` render it in
 * the reader's language. `(event_id, recipient_id)` is unique, so an event notifies a person once.
 */
export const notifications = notificationsSchema.table(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    kind: text('kind').$type<NotificationKind>().notNull(),
    params: jsonb('params').$type<Record<string, string>>().notNull(),
    /** Who caused it; null for the system (a scheduled job). */
    actorId: uuid('actor_id'),
    dealId: uuid('deal_id'),
    taskId: uuid('task_id'),
    policyId: uuid('policy_id'),
    eventId: text('event_id').notNull(),
    // Written from the service clock with millisecond precision, so cursors round-trip exactly.
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_event_recipient_uq').on(t.eventId, t.recipientId),
    index('notifications_recipient_created_idx').on(t.recipientId, t.createdAt, t.id),
    index('notifications_recipient_unread_idx').on(t.recipientId).where(sql`${t.readAt} IS NULL AND ${t.archivedAt} IS NULL`),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;
