import { bigint, jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const botSchema = pgSchema('bot');

/**
 * A chat's half-finished conversation (@grammyjs/conversations' replay state), so a restart resumes it.
 * Only linked users converse, so every row has the organisation of the user it speaks for.
 */
export const conversationStates = botSchema.table('conversation_states', {
  chatId: text('chat_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  userId: uuid('user_id').notNull(),
  state: jsonb('state').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Updates already taken for handling: a webhook update Telegram delivers again is dropped. Pruned after a day. */
export const handledUpdates = botSchema.table('handled_updates', {
  updateId: bigint('update_id', { mode: 'number' }).primaryKey(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
});
