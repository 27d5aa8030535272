import { runSubgraphProcess, subgraphEnvSchema } from '@crm/platform';
import { z } from 'zod';
import { createNotificationsSubgraph } from './index';

const notificationsEnvSchema = subgraphEnvSchema.extend({
  /** The organisation's time zone: quiet hours and the morning digest follow its clock. */
  NOTIFICATIONS_TIME_ZONE: z.string().min(1).default('Europe/Moscow'),
});

runSubgraphProcess({
  name: 'notifications',
  envSchema: notificationsEnvSchema,
  createModule: ({ env, db, logger }) => createNotificationsSubgraph({ db, logger, config: { timeZone: env.NOTIFICATIONS_TIME_ZONE } }),
}).catch((error: unknown) => {
  process.stderr.write(`notifications failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
