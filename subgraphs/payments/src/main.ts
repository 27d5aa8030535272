import { runSubgraphProcess, subgraphEnvSchema } from '@crm/platform';
import { z } from 'zod';
import { createPaymentsSubgraph } from './index';

const paymentsEnvSchema = subgraphEnvSchema.extend({
  /** The brokerage's time zone: it decides which calendar day an instalment becomes overdue. */
  PAYMENTS_TIME_ZONE: z.string().min(1).default('Europe/Moscow'),
  PAYMENTS_OVERDUE_EVERY_MS: z.coerce.number().int().positive().default(60_000),
});

runSubgraphProcess({
  name: 'payments',
  envSchema: paymentsEnvSchema,
  createModule: ({ env, db, logger }) =>
    createPaymentsSubgraph({ db, logger, config: { timeZone: env.PAYMENTS_TIME_ZONE, overdueJobEveryMs: env.PAYMENTS_OVERDUE_EVERY_MS } }),
}).catch((error: unknown) => {
  process.stderr.write(`payments failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
