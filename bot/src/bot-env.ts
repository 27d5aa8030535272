import { envFields } from '@crm/platform';
import { z } from 'zod';

/** The bot's settings, under the same names in the embedded launcher and the bot's own process. */
export const botEnvShape = {
  /** The bot's token from @BotFather; the bot runs only with one (embedded mode stays zero-setup without it). */
  TELEGRAM_BOT_TOKEN: envFields.optionalSecret,
  /** The Bot API's root; Telegram's by default (a local stand-in for tests). */
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  /** Set: updates come through the router's `/telegram/webhook` with this secret token; unset: long polling. */
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'TELEGRAM_WEBHOOK_SECRET: 16 to 256 characters of A-Z, a-z, 0-9, _ and -')
    .optional(),
};
