import { runSubgraphProcess } from '@crm/platform';
import { createNotificationsSubgraph } from './index';

runSubgraphProcess({
  name: 'notifications',
  createModule: ({ db, logger }) => createNotificationsSubgraph({ db, logger }),
}).catch((error: unknown) => {
  process.stderr.write(`notifications failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
