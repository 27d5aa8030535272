import type { Logger } from '@crm/platform';
import { telegramCallMetrics } from '@crm/platform/observability';
import { Api, GrammyError, HttpError } from 'grammy';
import type { Clock } from '../clock';
import type { TelegramConfig } from '../config';
import { telegramMessage } from '../messages/telegram-message';
import { inQuietHours } from './quiet-hours';
import type { SettingsService } from './settings.service';
import type { DueDelivery, TelegramQueueService } from './telegram-queue.service';

const QUIET_RECHECK_MS = 60_000;

/**
 * Drains the Telegram queue within Telegram's limits (ADR 0039): at most `perSecond` messages in any
 * second overall, `perChatGapMs` between two messages to one chat, one chat's messages in order (only
 * each chat's oldest queued message is ever taken). A 429 waits its `retry_after`, a network error
 * backs off, a 403 fails the chat's messages and deactivates its link; attempts are bounded.
 */
export function createTelegramSender(deps: { telegram: TelegramConfig; queue: TelegramQueueService; settings: SettingsService; zoneOf: (organizationId: string) => Promise<string>; clock: Clock; logger: Logger }) {
  const { telegram, queue, clock } = deps;
  const api = new Api(telegram.botToken, { apiRoot: telegram.apiRoot });
  api.config.use(telegramCallMetrics('notifications') as never);
  const sentAt: number[] = [];
  const lastByChat = new Map<string, number>();

  const budget = (now: number) => {
    while (sentAt.length > 0 && sentAt[0]! <= now - 1_000) sentAt.shift();
    return telegram.perSecond - sentAt.length;
  };

  /**
   * A call counts against the limits from when it was made until it answered: Telegram counts a message
   * when it arrives, which may be any time in between. So a drain spends the budget left by the calls
   * that answered in the last second, and each call is recorded at its answer (ADR 0064).
   */
  async function callCounted(chatId: string, call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } finally {
      const answeredAt = clock().getTime();
      sentAt.push(answeredAt);
      lastByChat.set(chatId, answeredAt);
    }
  }

  async function send({ delivery, notification }: DueDelivery, language: 'RU' | 'EN'): Promise<void> {
    const { text, buttons } = telegramMessage(notification, language, telegram.webAppUrl);
    try {
      await callCounted(delivery.chatId, () => api.sendMessage(delivery.chatId, text, buttons.length > 0 ? { reply_markup: { inline_keyboard: buttons } } : {}));
      await queue.sent(delivery.seq);
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 429) {
        const wait = (error.parameters.retry_after ?? 1) * 1_000;
        await queue.retry(delivery, wait, `429: retry after ${wait / 1_000} s`, telegram.maxAttempts);
      } else if (error instanceof GrammyError && error.error_code === 403) {
        await queue.blocked(delivery.chatId, `403: ${error.description}`);
      } else if (error instanceof GrammyError) {
        await queue.retry(delivery, telegram.backoffMs * 2 ** delivery.attempts, `${error.error_code}: ${error.description}`, telegram.maxAttempts);
      } else if (error instanceof HttpError) {
        await queue.retry(delivery, telegram.backoffMs * 2 ** delivery.attempts, 'network error', telegram.maxAttempts);
      } else {
        throw error;
      }
    }
  }

  /** One pass: sends what the limits allow now; returns how many messages it tried. */
  async function drain(): Promise<number> {
    const now = clock().getTime();
    let left = budget(now);
    if (left <= 0) return 0;
    const due = await queue.due(left);
    const readers = await deps.settings.readers([...new Set(due.map((d) => d.delivery.recipientId))]);
    const organisations = [...new Set(due.map((d) => d.delivery.organizationId))];
    const zones = new Map(await Promise.all(organisations.map(async (id) => [id, await deps.zoneOf(id)] as const)));
    const batch: Promise<void>[] = [];
    for (const item of due) {
      if (left <= 0) break;
      const { chatId, recipientId, organizationId } = item.delivery;
      if (now - (lastByChat.get(chatId) ?? -Infinity) < telegram.perChatGapMs) continue;
      const reader = readers.get(recipientId);
      if (inQuietHours(new Date(now), zones.get(organizationId)!, reader?.quietHours ?? null)) {
        batch.push(queue.hold(item.delivery.seq, now + QUIET_RECHECK_MS));
        continue;
      }
      left -= 1;
      batch.push(send(item, reader?.language ?? 'RU'));
    }
    await Promise.all(batch);
    return batch.length;
  }

  return { drain };
}

export type TelegramSender = ReturnType<typeof createTelegramSender>;
