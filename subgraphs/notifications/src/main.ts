import { runSubgraphProcess, subgraphEnvSchema } from '@crm/platform';
import { z } from 'zod';
import { notificationsConfigFromEnv, notificationsEnvShape } from './env';
import { createNotificationsSubgraph, defaultTelegramConfig } from './index';

const notificationsEnvSchema = subgraphEnvSchema.extend({
  ...notificationsEnvShape,
  /** The bot's token; unset, nothing goes to Telegram (in-app only). */
  TELEGRAM_BOT_TOKEN: z.string().optional(),
  TELEGRAM_API_ROOT: z.string().url().default(defaultTelegramConfig.apiRoot),
});

runSubgraphProcess({
  name: 'notifications',
  envSchema: notificationsEnvSchema,
  createModule: ({ env, db, logger }) =>
    createNotificationsSubgraph({
      db,
      logger,
      config: notificationsConfigFromEnv(env, { token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT, webAppUrl: defaultTelegramConfig.webAppUrl }),
    }),
}).catch((error: unknown) => {
  process.stderr.write(`notifications failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
