import { runSubgraphProcess } from '@crm/platform';
import { createAuditSubgraph } from './index';

runSubgraphProcess({
  name: 'audit',
  createModule: ({ db, logger }) => createAuditSubgraph({ db, logger }),
}).catch((error: unknown) => {
  process.stderr.write(`audit failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
