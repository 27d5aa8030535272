import { runSubgraphProcess } from '@crm/platform';
import { createTasksSubgraph } from './index';

runSubgraphProcess({
  name: 'tasks',
  createModule: ({ db, logger }) => createTasksSubgraph({ db, logger }),
}).catch((error: unknown) => {
  process.stderr.write(`tasks failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
