import { runSubgraphProcess, subgraphEnvSchema } from '@crm/platform';
import { z } from 'zod';
import { createNotificationsSubgraph, defaultTelegramConfig } from './index';

const notificationsEnvSchema = subgraphEnvSchema.extend({
  /** The bot's token; unset, nothing goes to Telegram (in-app only). */
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  TELEGRAM_API_ROOT: z.string().url().default(defaultTelegramConfig.apiRoot),
  /** Where "Открыть сделку" links to. */
  WEB_APP_URL: z.string().url().default(defaultTelegramConfig.webAppUrl),
});

runSubgraphProcess({
  name: 'notifications',
  envSchema: notificationsEnvSchema,
  createModule: ({ env, db, logger }) =>
    createNotificationsSubgraph({
      db,
      logger,
      config: {
        telegram: env.TELEGRAM_BOT_TOKEN ? { ...defaultTelegramConfig, botToken: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT, webAppUrl: env.WEB_APP_URL } : null,
      },
    }),
}).catch((error: unknown) => {
  process.stderr.write(`notifications failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
