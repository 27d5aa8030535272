import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { TelegramChatsService } from '../../services/telegram-chats.service';

/** Keeps the Telegram chats read model in step with Auth's links (a private chat's id is the user's id). */
export function createTelegramLinksConsumer(chats: TelegramChatsService): ConsumerDefinition {
  return {
    name: 'notifications.telegram-links',
    events: ['auth.telegram.linked', 'auth.telegram.unlinked'],
    async handle(event, tx) {
      const eventTime = new Date(event.time);
      if (event.type === 'auth.telegram.linked') {
        const data = parseEventData('auth.telegram.linked', event.data);
        await chats.linked(tx, { userId: data.userId, organizationId: data.organizationId, chatId: data.telegramUserId, eventTime });
      } else if (event.type === 'auth.telegram.unlinked') {
        const data = parseEventData('auth.telegram.unlinked', event.data);
        await chats.unlinked(tx, data.userId, eventTime);
      }
    },
  };
}
