import { randomBytes } from 'node:crypto';
import { createInProcessBus } from './in-process-bus';
import { describeBusBehaviour } from '../testing/bus-behaviour.suite';
import { createTestDatabase } from '../testing/test-database';

describeBusBehaviour('in-process', async () => {
  const database = await createTestDatabase();
  return {
    handle: database.handle,
    prefix: `test-${randomBytes(4).toString('hex')}`,
    createBus: ({ retry }) => createInProcessBus({ pollIntervalMs: 200, retry }),
    cleanup: () => database.drop(),
  };
});
