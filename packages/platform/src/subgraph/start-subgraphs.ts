import type { TokenVerifier } from '../auth/access-token';
import { createRevocationView, ensureRevocationTables, revocationConsumer, revocationTables, withRevocationCheck, type RevocationView } from '../auth/revocation-view';
import type { BusEndpoint, EventBus } from '../bus/types';
import { createOutboxPublisher } from '../bus/outbox-publisher';
import type { DatabaseHandle } from '../db';
import { startJobs } from '../jobs';
import { shutdown } from '../lifecycle';
import type { Logger } from '../logger';
import { MIGRATION_LOCK, runMigrations } from '../migrations';
import { applyOrganizationPolicies } from '../row-level-security/policies';
import { createSubgraphServer } from './subgraph-server';
import type { TrustProxy } from '../http/trust-proxy';
import type { AnySubgraphModule } from './subgraph-module';
import type { MutationRecord } from '../audit/mutation-audit.plugin';
import type { Registry } from 'prom-client';
import type { HttpListener } from '../http/http-listener';
import { dbPoolMetrics, outboxMetrics } from '../observability/storage-metrics';
import { startMetricsListener } from '../observability/metrics-listener';
import { telegramRegistry } from '../observability/telegram-metrics';

export interface StartSubgraphsOptions {
  modules: AnySubgraphModule[];
  database: DatabaseHandle;
  bus: EventBus;
  verifyToken: TokenVerifier;
  logger: Logger;
  production: boolean;
  host: string;
  /** Which peers may tell the client's address in X-Forwarded-For (Express `trust proxy`); the router's, by default loopback. */
  trustProxy?: TrustProxy;
  /** Port per subgraph name; 0 or absent picks a free one (embedded mode, tests). */
  ports?: Record<string, number>;
  /**
   * The process's registry (createProcessMetrics): outbox, dead-letter and pool gauges go there. With
   * `metricsPort` the subgraphs' own ports stop serving `/metrics` and one listener serves them all.
   */
  metrics?: { registry: Registry; port?: number | undefined } | undefined;
}

export interface RunningSubgraphs {
  /** GraphQL endpoint of each subgraph, by name. */
  urls: Record<string, string>;
  /** Every subgraph server's registry, plus the process's when given (for a combined scrape). */
  registries: Registry[];
  /** HTTP first (no new work), then jobs, then the bus (consumers stop, relay flushes). The database stays open: its owner closes it. */
  stop(): Promise<void>;
}

/**
 * The one code path that runs subgraphs, whether one per process (distributed) or all in one
 * (embedded): migrate, wire the bus, serve HTTP, run jobs.
 */
export async function startSubgraphs(options: StartSubgraphsOptions): Promise<RunningSubgraphs> {
  const { modules, database, bus, logger } = options;
  await runMigrations(database, modules.map((module) => module.migrations));
  // Every subgraph keeps its own view of voided tokens and checks it on each verified token (ADR 0011).
  const revocations = new Map<AnySubgraphModule, RevocationView>();
  const endpoints: BusEndpoint[] = [];
  for (const module of modules) {
    await ensureRevocationTables(database.db, module.migrations.schema);
    const view = createRevocationView(database.db, revocationTables(module.migrations.schema));
    revocations.set(module, view);
    const endpoint = { name: module.name, db: database.db, tables: module.busTables, listen: database.listen?.bind(database) };
    bus.attachOutbox(endpoint);
    endpoints.push(endpoint);
    for (const consumer of module.consumers ?? []) bus.attachConsumer(endpoint, consumer);
    bus.attachConsumer(endpoint, revocationConsumer(module.name, view));
  }
  const { appRole } = database;
  if (appRole) {
    // Distributed mode: the backstop under every organisation filter (ADR 0067), once every table exists.
    const schemas = modules.map((module) => module.migrations.schema);
    await database.withAdvisoryLock(MIGRATION_LOCK, (db) => applyOrganizationPolicies(db, schemas, appRole));
  }
  await bus.start();
  if (options.metrics) {
    outboxMetrics(options.metrics.registry, endpoints);
    dbPoolMetrics(options.metrics.registry, database);
  }

  const readiness = [
    { name: 'database', check: () => database.ping() },
    {
      name: 'bus',
      check: () => {
        if (!bus.isReady()) throw new Error('event bus not connected');
      },
    },
  ];
  const servers = await Promise.all(
    [...revocations].map(([module, view]) =>
      createSubgraphServer({
        module,
        verifyToken: withRevocationCheck(options.verifyToken, view),
        trustProxy: options.trustProxy,
        logger: logger.child({ subgraph: module.name }),
        readiness,
        production: options.production,
        recordMutation: mutationRecorder(module, database),
        publicMetrics: options.metrics?.port === undefined,
      }),
    ),
  );
  const urls: Record<string, string> = {};
  for (const server of servers) {
    const listener = await server.listen(options.ports?.[server.name] ?? 0, options.host);
    urls[server.name] = `${listener.url}/graphql`;
  }
  const jobs = startJobs(modules.flatMap((module) => module.jobs ?? []), logger);
  const registries = [...servers.map((server) => server.registry), ...(options.metrics ? [options.metrics.registry, telegramRegistry] : [])];
  let metricsListener: HttpListener | undefined;
  if (options.metrics?.port !== undefined) {
    metricsListener = await startMetricsListener({ port: options.metrics.port, host: options.host, registries: () => registries, logger });
  }

  return {
    urls,
    registries,
    stop: () =>
      shutdown(
        [
          ...servers.map((server) => ({ name: `${server.name} http`, stop: () => server.stop() })),
          { name: 'metrics', stop: async () => metricsListener?.close(1_000) },
          { name: 'jobs', stop: () => jobs.stop() },
          { name: 'bus', stop: () => bus.stop() },
        ],
        logger,
      ),
  };
}

/** Each mutation's audit record goes out through the subgraph's own outbox (ADR 0040). */
function mutationRecorder(module: AnySubgraphModule, database: DatabaseHandle) {
  const publisher = createOutboxPublisher({ source: module.name, tables: module.busTables });
  return async (record: MutationRecord) => {
    await publisher.publish(database.db, 'audit.mutation_recorded', { orgId: record.organizationId, actorId: record.actorId ?? undefined, data: record });
  };
}
