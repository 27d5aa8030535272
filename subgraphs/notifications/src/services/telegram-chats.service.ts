import type { Executor } from '@crm/platform';
import { and, eq, inArray, lte } from 'drizzle-orm';
import { telegramChats } from '../db/schema';

/** Whose private chat with the bot Notifications may message, from Auth's link events. */
export function createTelegramChatsService() {
  async function linked(tx: Executor, link: { userId: string; organizationId: string; chatId: string; eventTime: Date }): Promise<void> {
    const values = { organizationId: link.organizationId, chatId: link.chatId, active: true, eventTime: link.eventTime };
    await tx
      .insert(telegramChats)
      .values({ userId: link.userId, ...values })
      .onConflictDoUpdate({ target: telegramChats.userId, set: values, setWhere: lte(telegramChats.eventTime, link.eventTime) });
  }

  async function unlinked(tx: Executor, userId: string, eventTime: Date): Promise<void> {
    await tx.delete(telegramChats).where(and(eq(telegramChats.userId, userId), lte(telegramChats.eventTime, eventTime)));
  }

  /** "Bot was blocked by the user": no more messages until they link again. */
  async function deactivate(tx: Executor, chatId: string): Promise<void> {
    await tx.update(telegramChats).set({ active: false }).where(eq(telegramChats.chatId, chatId));
  }

  async function activeChats(tx: Executor, userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows = await tx
      .select({ userId: telegramChats.userId, chatId: telegramChats.chatId })
      .from(telegramChats)
      .where(and(inArray(telegramChats.userId, [...userIds]), eq(telegramChats.active, true)));
    return new Map(rows.map((row) => [row.userId, row.chatId]));
  }

  return { linked, unlinked, deactivate, activeChats };
}

export type TelegramChatsService = ReturnType<typeof createTelegramChatsService>;
