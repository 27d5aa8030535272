import { runSubgraphProcess, subgraphEnvSchema } from '@crm/platform';
import { crmConfigFromEnv, crmEnvShape } from './env';
import { createCrmSubgraph } from './index';

const crmEnvSchema = subgraphEnvSchema.extend(crmEnvShape);

runSubgraphProcess({
  name: 'crm',
  envSchema: crmEnvSchema,
  createModule: ({ env, db, logger }) => createCrmSubgraph({ db, logger, ...crmConfigFromEnv(env) }),
}).catch((error: unknown) => {
  process.stderr.write(`crm failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
