import { text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authSchema } from './auth-schema';
import { organizations } from './organizations';
import { users } from './users';

/** One-time codes a signed-in user hands to the bot; hashed, short-lived, consumed on use. */
export const telegramLinkCodes = authSchema.table('telegram_link_codes', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  codeHash: text('code_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/** At most one Telegram account per user and one user per Telegram account. */
export const telegramLinks = authSchema.table('telegram_links', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id),
  telegramUserId: text('telegram_user_id').notNull().unique(),
  telegramUsername: text('telegram_username'),
  linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
});

export type TelegramLinkCodeRow = typeof telegramLinkCodes.$inferSelect;
export type TelegramLinkRow = typeof telegramLinks.$inferSelect;
