import { createAmqpTestTopology } from '../testing/amqp-test-topology';
import { describeBusBehaviour } from '../testing/bus-behaviour.suite';
import { createTestDatabase } from '../testing/test-database';

describeBusBehaviour('RabbitMQ', async () => {
  const database = await createTestDatabase();
  const topology = createAmqpTestTopology();
  return {
    handle: database.handle,
    prefix: topology.prefix,
    createBus: ({ retry }) => topology.createBus({ retry }),
    async cleanup() {
      await topology.cleanup();
      await database.drop();
    },
  };
});
