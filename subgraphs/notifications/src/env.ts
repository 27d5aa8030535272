import { z } from 'zod';
import { defaultTelegramConfig, type NotificationsConfig } from './config';

const positive = z.coerce.number().int().positive();

/**
 * Notifications' own settings: its process (`main.ts`) and the embedded launcher both read them from
 * here. The bot's token and the Bot API root are the bot's settings too: each deployable adds those.
 */
export const notificationsEnvShape = {
  /** Where "Открыть сделку" links to; the embedded launcher's own address when unset there. */
  WEB_APP_URL: z.url().optional(),
  /** Telegram's limits: messages per second overall, and the gap between two messages to one chat. */
  TELEGRAM_PER_SECOND: positive.default(defaultTelegramConfig.perSecond),
  TELEGRAM_PER_CHAT_GAP_MS: positive.default(defaultTelegramConfig.perChatGapMs),
  /** Attempts before a message is dead-lettered, and the first retry's delay (doubling per attempt). */
  TELEGRAM_MAX_ATTEMPTS: positive.default(defaultTelegramConfig.maxAttempts),
  TELEGRAM_BACKOFF_MS: positive.default(defaultTelegramConfig.backoffMs),
  /** How often the sender looks for due messages. */
  TELEGRAM_POLL_MS: positive.default(defaultTelegramConfig.pollMs),
};

type NotificationsEnv = z.infer<z.ZodObject<typeof notificationsEnvShape>>;

/** Notifications' config from its settings; Telegram only with a bot token (in-app only without one). */
export function notificationsConfigFromEnv(
  env: NotificationsEnv,
  bot: { token: string | undefined; apiRoot: string; webAppUrl: string },
): NotificationsConfig {
  return {
    telegram: bot.token
      ? {
          botToken: bot.token,
          apiRoot: bot.apiRoot,
          webAppUrl: env.WEB_APP_URL ?? bot.webAppUrl,
          perSecond: env.TELEGRAM_PER_SECOND,
          perChatGapMs: env.TELEGRAM_PER_CHAT_GAP_MS,
          maxAttempts: env.TELEGRAM_MAX_ATTEMPTS,
          backoffMs: env.TELEGRAM_BACKOFF_MS,
          pollMs: env.TELEGRAM_POLL_MS,
        }
      : null,
  };
}
