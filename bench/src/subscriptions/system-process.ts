import { createDatabase, createLogger } from '@crm/platform';
import { createAmqpBus } from '@crm/platform/bus';
import { createTestDatabase, createTestVhost, lockBroker } from '@crm/platform/testing';
import { startSystem } from '@crm/embedded';

/**
 * The subgraphs behind the live-subscriptions bench, in a process of their own: the embedded launcher
 * (so the demo organisation is seeded) on a fresh PostgreSQL database and RabbitMQ vhost, every outbox
 * relaying to RabbitMQ. The router under test is another process. Prints `{"subgraphUrls":{…},"amqpUrl":…}`
 * once ready; SIGTERM stops it and drops the database and the vhost. Needs TEST_MODE=distributed.
 */
async function main(): Promise<void> {
  const logger = createLogger({ name: 'bench-subgraphs', level: process.env.LOG_LEVEL ?? 'warn' });
  // Another file may restart RabbitMQ on purpose (an exclusive hold); it waits for this one.
  const releaseBroker = await lockBroker('shared');
  const database = await createTestDatabase();
  const vhost = await createTestVhost();
  // The test handle's pool of 5 would be the bottleneck at 100 writes/s plus the live queries.
  const handle = await createDatabase({ kind: 'pg', url: database.url!, appUrl: database.appUrl, poolSize: 20 });
  const dropAll = async () => {
    await handle.close();
    await database.drop();
    await vhost.drop();
    await releaseBroker();
  };
  const system = await startSystem({
    database: handle,
    bus: createAmqpBus({ url: vhost.url, logger }),
    logger,
    port: 0,
    host: '127.0.0.1',
    production: false,
    seedDemo: true,
    // Subscribers stay connected for the whole run: the socket closes at the token's expiry (15 min at most).
    authConfig: { accessTokenTtlSeconds: 900 },
    protection: { rateLimits: { perAddress: 0, perUser: 0, perApiKey: 0 } },
  }).catch(async (error: unknown) => {
    await dropAll();
    throw error;
  });
  process.on('SIGTERM', () => {
    void system
      .stop()
      .then(dropAll)
      .finally(() => process.exit(0));
  });
  process.stdout.write(`${JSON.stringify({ subgraphUrls: system.subgraphUrls, amqpUrl: vhost.url })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
