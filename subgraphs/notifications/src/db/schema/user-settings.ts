import { boolean, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { Language, NotificationChannel, NotificationKind } from '../../messages/notification-kinds';
import { notificationsSchema } from './notifications-schema';

/** A user's notification settings; no row means the defaults (Russian, no quiet hours). */
export const userSettings = notificationsSchema.table('user_settings', {
  userId: uuid('user_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  language: text('language').$type<Language>().notNull(),
  /** `HH:MM` in the organisation's time zone; both set or both null. The end may be past midnight. */
  quietHoursStart: text('quiet_hours_start'),
  quietHoursEnd: text('quiet_hours_end'),
  /** `HH:MM` in the organisation's time zone when the morning Telegram digest goes out; null: the default (ADR 0064). */
  digestTime: text('digest_time'),
});

/** Only the choices that differ from the defaults are stored; deleting a row restores the default. */
export const channelPreferences = notificationsSchema.table(
  'channel_preferences',
  {
    userId: uuid('user_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    kind: text('kind').$type<NotificationKind>().notNull(),
    channel: text('channel').$type<NotificationChannel>().notNull(),
    enabled: boolean('enabled').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.channel] })],
);

export type UserSettingsRow = typeof userSettings.$inferSelect;
