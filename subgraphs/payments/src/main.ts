import { runSubgraphProcess, subgraphEnvSchema } from '@crm/platform';
import { paymentsConfigFromEnv, paymentsEnvShape } from './env';
import { createPaymentsSubgraph } from './index';

const paymentsEnvSchema = subgraphEnvSchema.extend(paymentsEnvShape);

runSubgraphProcess({
  name: 'payments',
  envSchema: paymentsEnvSchema,
  createModule: ({ env, db, logger }) =>
    createPaymentsSubgraph({ db, logger, config: paymentsConfigFromEnv(env) }),
}).catch((error: unknown) => {
  process.stderr.write(`payments failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
