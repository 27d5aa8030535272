import { runSubgraphProcess, subgraphEnvSchema } from '@crm/platform';
import { documentsConfigFromEnv, documentsEnvShape, documentsStorageFromEnv } from './env';
import { createDocumentsSubgraph } from './index';

const documentsEnvSchema = subgraphEnvSchema.extend(documentsEnvShape);

runSubgraphProcess({
  name: 'documents',
  envSchema: documentsEnvSchema,
  createModule: ({ env, db, logger }) =>
    createDocumentsSubgraph({ db, logger, storage: documentsStorageFromEnv(env, '/data'), config: documentsConfigFromEnv(env) }),
}).catch((error: unknown) => {
  process.stderr.write(`documents failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
