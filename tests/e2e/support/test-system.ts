import { createLogger, type DatabaseHandle } from '@crm/platform';
import { createAmqpBus, createInProcessBus, type EventBus } from '@crm/platform/bus';
import { createProcessMetrics } from '@crm/platform/observability';
import { createTestDatabase, createTestVhost, lockBroker, postGraphQL, testMode, type GraphQLResult, type TestDatabase } from '@crm/platform/testing';
import { startSystem, type RunningSystem, type SystemOptions } from '@crm/embedded';

export interface TestSystem extends RunningSystem {
  /** POSTs a GraphQL operation to the router. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResult<T>>;
  login(email: string, password?: string): Promise<string>;
  /** The system's database (the bot's storage lives there too). */
  database: DatabaseHandle;
}

export const DEMO_PASSWORD = 'demo12345';
/** The Telegram bot's service key the test system is configured with (`Authorization: Bot <key>`). */
export const TEST_BOT_KEY = 'e2e-bot-service-key-0123456789abcdef';

/**
 * The whole system for an e2e test file: in embedded mode on in-memory PGlite and the in-process bus,
 * in distributed mode (`TEST_MODE=distributed`) on a fresh PostgreSQL database and RabbitMQ.
 */
export async function startTestSystem(
  options: Pick<SystemOptions, 'limits' | 'liveLimits' | 'authConfig' | 'notificationsConfig' | 'paymentsConfig' | 'protection' | 'persistedOperations' | 'telegramBot' | 'clock' | 'documentsStorage'> & {
    metricsPort?: number;
    /** A database to run on (e.g. one a backup was restored into) instead of a fresh one; dropped on stop all the same. */
    database?: TestDatabase;
    /** `exclusive` for a file that restarts RabbitMQ itself: it waits for every other holder, and they for it. */
    brokerLock?: 'shared' | 'exclusive';
    /** How long to wait for that lock: under the file's hook timeout (`lockBroker`'s default suits jest's default one). */
    brokerLockWaitMs?: number;
  } = {},
): Promise<TestSystem> {
  const logger = createLogger({ name: 'e2e' });
  const distributed = testMode() === 'distributed';
  // Another test file may restart RabbitMQ on purpose; it waits for this shared hold to end.
  const releaseBroker = distributed ? await lockBroker(options.brokerLock ?? 'shared', options.brokerLockWaitMs) : async () => undefined;
  const { metricsPort, database: _database, brokerLock: _brokerLock, brokerLockWaitMs: _brokerLockWaitMs, ...systemOptions } = options;
  const metrics = createProcessMetrics('e2e');
  // A system that fails to start gives the lock back: its file's afterAll has no system to stop.
  const { database, vhost, system } = await releasedOnFailure(releaseBroker, async () => {
    const database = options.database ?? (await createTestDatabase());
    const vhost = distributed ? await createTestVhost() : undefined;
    const bus: EventBus = vhost ? createAmqpBus({ url: vhost.url, logger, observer: metrics.busObserver }) : createInProcessBus({ logger, observer: metrics.busObserver });
    const system = await startSystem({ database: database.handle, bus, logger, port: 0, host: '127.0.0.1', production: false, seedDemo: true, botServiceKey: TEST_BOT_KEY,
      metrics: { registry: metrics.registry, port: metricsPort },
      ...systemOptions,
      // A test file sends hundreds of requests from one address as a few users: rate limits are off unless the test is about them.
      protection: { rateLimits: { perAddress: 0, perUser: 0, perApiKey: 0 }, ...options.protection },
    });
    return { database, vhost, system };
  });

  const graphql: TestSystem['graphql'] = (query, variables, token) => postGraphQL(system.url, query, { variables, token });

  return {
    ...system,
    graphql,
    database: database.handle,
    async login(email, password = DEMO_PASSWORD) {
      const result = await graphql<{ login: { accessToken: string } }>(
        'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email, password } },
      );
      if (!result.data) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.login.accessToken;
    },
    async stop() {
      await system.stop();
      await database.drop();
      await vhost?.drop();
      await releaseBroker();
    },
  };
}

/** Runs `start`; if it throws, `release` runs before the error goes on. */
async function releasedOnFailure<T>(release: () => Promise<void>, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    await release();
    throw error;
  }
}
