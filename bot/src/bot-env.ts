import { envFields } from '@crm/platform';
import { telegramSecretTokenField } from '@crm/platform/http';
import { z } from 'zod';

/** The bot's settings, under the same names in the embedded launcher and the bot's own process. */
export const botEnvShape = {
  /** The bot's token from @BotFather; the bot runs only with one (embedded mode stays zero-setup without it). */
  TELEGRAM_BOT_TOKEN: envFields.optionalSecret,
  /** The Bot API's root; Telegram's by default (a local stand-in for tests). */
  TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
  /** Set: updates come through the router's `/telegram/webhook` with this secret token; unset: long polling. */
  TELEGRAM_WEBHOOK_SECRET: telegramSecretTokenField,
};

/** The bot's own process (distributed): the bot's settings, plus where the router and its database are. */
export const botProcessEnvSchema = z.object({
  NODE_ENV: envFields.nodeEnv,
  LOG_LEVEL: envFields.logLevel,
  ...botEnvShape,
  TELEGRAM_BOT_TOKEN: z.string().min(16),
  BOT_SERVICE_KEY: z.string().min(16),
  /** The router's GraphQL endpoint, e.g. `http://router:4000/graphql`. */
  ROUTER_URL: envFields.url,
  /** The bot's storage (half-finished conversations, handled update ids), schema `bot`. */
  DATABASE_URL: envFields.url,
  /** The web app, for "open the deal" buttons. */
  WEB_APP_URL: envFields.url.optional(),
  /** `/healthz`, and `/updates` where the router forwards webhook updates (with TELEGRAM_WEBHOOK_SECRET). */
  PORT: envFields.port.default(4010),
  HOST: z.string().default('0.0.0.0'),
  /** `/metrics` on this port (Telegram calls, DB pool, process; ADR 0057); unset: no metrics. */
  METRICS_PORT: envFields.optionalPort,
});
