import { runSubgraphProcess, subgraphEnvSchema } from '@crm/platform';
import { createCrmSubgraph } from './index';

runSubgraphProcess({
  name: 'crm',
  envSchema: subgraphEnvSchema,
  createModule: ({ db, logger }) => createCrmSubgraph({ db, logger }),
}).catch((error: unknown) => {
  process.stderr.write(`crm failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
