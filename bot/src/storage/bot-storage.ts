import path from 'node:path';
import { eq, lt } from 'drizzle-orm';
import { runMigrations, type DatabaseHandle, type Db, type MigrationSet } from '@crm/platform';
import { conversationStates, handledUpdates } from './schema';

export const botMigrations: MigrationSet = { schema: 'bot', folder: path.resolve(__dirname, '../../migrations') };

/** Whose conversation a stored state is: the chat and the CRM user it speaks for. */
export interface ConversationOwner {
  chatId: string;
  organizationId: string;
  userId: string;
}

/** What the bot keeps between updates: half-finished conversations and the ids of updates already taken. */
export interface BotStorage {
  readConversation(chatId: string): Promise<unknown>;
  writeConversation(owner: ConversationOwner, state: unknown): Promise<void>;
  deleteConversation(chatId: string): Promise<void>;
  /** True the first time an update id is seen; false for a redelivery. */
  claimUpdate(updateId: number, now: Date): Promise<boolean>;
}

const HANDLED_UPDATES_KEPT_MS = 24 * 60 * 60 * 1000;

/** The bot's storage in PostgreSQL (PGlite in embedded mode), schema `bot`. */
export function createDbStorage(db: Db): BotStorage {
  return {
    async readConversation(chatId) {
      const [row] = await db.select({ state: conversationStates.state }).from(conversationStates).where(eq(conversationStates.chatId, chatId));
      return row?.state;
    },
    async writeConversation(owner, state) {
      const values = { ...owner, state, updatedAt: new Date() };
      await db.insert(conversationStates).values(values).onConflictDoUpdate({ target: conversationStates.chatId, set: values });
    },
    async deleteConversation(chatId) {
      await db.delete(conversationStates).where(eq(conversationStates.chatId, chatId));
    },
    async claimUpdate(updateId, now) {
      const claimed = await db.insert(handledUpdates).values({ updateId, receivedAt: now }).onConflictDoNothing().returning({ updateId: handledUpdates.updateId });
      // Telegram redelivers within hours at most; older ids only take space.
      if (updateId % 100 === 0) await db.delete(handledUpdates).where(lt(handledUpdates.receivedAt, new Date(now.getTime() - HANDLED_UPDATES_KEPT_MS)));
      return claimed.length > 0;
    },
  };
}

/** Applies the bot's migrations, then gives its storage on `handle`. */
export async function openDbStorage(handle: DatabaseHandle): Promise<BotStorage> {
  await runMigrations(handle, [botMigrations]);
  return createDbStorage(handle.db);
}
