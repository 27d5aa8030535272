import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRevocationView, createTokenVerifier, revocationTables, shutdown, startSubgraphs, withRevocationCheck, type DatabaseHandle, type Logger } from '@crm/platform';
import type { TrustProxy } from '@crm/platform/http';
import type { EventBus } from '@crm/platform/bus';
import { startMetricsListener, telegramRegistry } from '@crm/platform/observability';
import type { Registry } from '@crm/platform/observability';
import { createRouter, defaultQueryLimits, loadKnownOperations, loadPersistedOperations, type LiveLimits, type PersistedOperationsMode, type QueryLimits, type RouterProtection } from '@crm/router';
import { loadBotServiceKey, loadSigningKeys, seedDemoOrganization, type AuthConfig } from '@crm/subgraph-auth';
import { seedCrmDemoData, type CrmJobsConfig } from '@crm/subgraph-crm';
import { createLocalStorage, type DocumentsConfig, type StorageAdapter } from '@crm/subgraph-documents';
import type { NotificationsConfig } from '@crm/subgraph-notifications';
import type { PaymentsConfig } from '@crm/subgraph-payments';
import { createLocalJWKSet } from 'jose';
import { createSubgraphModules } from './subgraph-modules';
import { embeddedBot, type EmbeddedBotOptions } from './start-bot';

export const SUPERGRAPH_PATH = resolve(__dirname, '../../schema/supergraph.graphql');
/** Built by `pnpm install` (postinstall) with `vite build`; see web/README.md. */
export const WEB_DIST_DIR = resolve(__dirname, '../../web/dist');

export interface SystemOptions {
  database: DatabaseHandle;
  bus: EventBus;
  logger: Logger;
  port: number;
  host: string;
  production: boolean;
  seedDemo: boolean;
  corsOrigins?: string[];
  /** JSON array of private JWKs; absent outside production, keys are generated (and kept in `keysFile`). */
  signingKeysJson?: string | undefined;
  keysFile?: string | undefined;
  /** The Telegram bot's service key (BOT_SERVICE_KEY); without it one is generated into `botKeyFile`, if given. */
  botServiceKey?: string | undefined;
  botKeyFile?: string | undefined;
  /** Whose X-Forwarded-For the router believes (TRUST_PROXY); loopback by default. */
  trustProxy?: TrustProxy | undefined;
  /** In production `/metrics` answers only with this Bearer token. */
  metricsToken?: string | undefined;
  /**
   * The process's metrics (createProcessMetrics, whose bus observer the bus was given): outbox, pool and
   * business series. With `port`, one listener serves every registry there and the public port none.
   */
  metrics?: { registry: Registry; port?: number | undefined } | undefined;
  /** The router's query limits (MAX_DEPTH, MAX_ALIASES, MAX_COST, MAX_TOKENS), each over the defaults of ADR 0020. */
  limits?: Partial<QueryLimits> | undefined;
  /** The built web app to serve at `/` (WEB_DIST_DIR); the repository's `web/dist` when absent. */
  webDistDir?: string | undefined;
  /** CRM's job intervals (CRM_REVIEW_DATES_EVERY_MS). */
  crmConfig?: Partial<CrmJobsConfig> | undefined;
  /** Payments' settings (PAYMENTS_OVERDUE_EVERY_MS). */
  paymentsConfig?: Partial<PaymentsConfig> | undefined;
  /** Auth's lifetimes and limits (tests shorten the access token's). */
  authConfig?: Partial<AuthConfig> | undefined;
  /** Notifications' settings (time zone, Telegram delivery); Telegram is off without a bot token. */
  notificationsConfig?: Partial<NotificationsConfig> | undefined;
  /** Where Documents keeps the bytes; a fresh folder under the system's temp directory when absent (tests). */
  documentsStorage?: StorageAdapter | undefined;
  documentsConfig?: Partial<DocumentsConfig> | undefined;
  /** Overrides of the live subscriptions' limits (tests only). */
  liveLimits?: Partial<LiveLimits> | undefined;
  /** Whether only the manifests' operations run (ADR 0030); `allowed` unless given (tests send their own documents). */
  persistedOperations?: PersistedOperationsMode;
  /** Largest request body (MAX_BODY_BYTES) and how long a subgraph may stay silent (SUBGRAPH_TIMEOUT_MS). */
  maxBodyBytes?: number | undefined;
  subgraphTimeoutMs?: number | undefined;
  /** Identical concurrent queries share one execution (DEDUPLICATE_QUERIES, ADR 0061); default on. */
  deduplicateQueries?: boolean | undefined;
  /** Rate limits, request deadline, circuit breakers, API-key cache (the router's env of the same names). */
  protection?: Partial<RouterProtection> | undefined;
  /** The Telegram bot (TELEGRAM_BOT_TOKEN); none without it. Needs the bot service key. */
  telegramBot?: EmbeddedBotOptions | undefined;
  /** What "now" is for CRM, Tasks and Payments (tests only: the organisation's day at a chosen hour). */
  clock?: (() => Date) | undefined;
}

export interface RunningSystem {
  /** The router's GraphQL endpoint. */
  url: string;
  /** The web app. */
  webUrl: string;
  subgraphUrls: Record<string, string>;
  /** `/metrics` on the metrics port, when one was given. */
  metricsUrl?: string | undefined;
  stop(): Promise<void>;
}

/**
 * Every subgraph and the router in one process, on the database and bus it is given: PGlite and the
 * in-process bus for `pnpm start`, real PostgreSQL and RabbitMQ for the distributed test suite.
 */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const { database, logger } = options;
  const signingKeys = await loadSigningKeys({ keysJson: options.signingKeysJson, keysFile: options.keysFile, production: options.production });
  const verifyToken = createTokenVerifier(createLocalJWKSet(signingKeys.jwks()));
  const botServiceKey = await loadBotServiceKey({ key: options.botServiceKey, keyFile: options.botKeyFile });
  const modules = createSubgraphModules({
    db: database.db,
    logger,
    signingKeys,
    botServiceKey,
    crmConfig: options.crmConfig,
    paymentsConfig: options.paymentsConfig,
    notificationsConfig: options.notificationsConfig,
    authConfig: options.authConfig,
    documentsStorage: options.documentsStorage ?? createLocalStorage(await mkdtemp(join(tmpdir(), 'crm-documents-'))),
    documentsConfig: options.documentsConfig,
    clock: options.clock,
  });
  const subgraphs = await startSubgraphs({
    modules: modules.all,
    database,
    bus: options.bus,
    verifyToken,
    logger,
    production: options.production,
    host: '127.0.0.1',
    metrics: options.metrics && { registry: options.metrics.registry },
  });
  const bot = options.telegramBot && botServiceKey ? embeddedBot(options.telegramBot, { database, logger: logger.child({ service: 'bot' }), botServiceKey }) : undefined;
  if (options.seedDemo && !options.production) {
    // Only an empty database gets the demo organisation, and then its CRM reference data too.
    const demoOrganizationId = await seedDemoOrganization(modules.auth);
    if (demoOrganizationId) await seedCrmDemoData(database.db, demoOrganizationId);
  }

  const router = await createRouter({
    supergraphSdl: await readFile(SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: subgraphs.urls,
    // In one process the router reads Auth's revocation view rather than keeping a copy of its own (ADR 0011).
    verifyToken: withRevocationCheck(verifyToken, createRevocationView(database.db, revocationTables(modules.auth.migrations.schema))),
    trustProxy: options.trustProxy,
    logger: logger.child({ service: 'router' }),
    production: options.production,
    corsOrigins: options.corsOrigins ?? [],
    limits: { ...defaultQueryLimits, ...options.limits },
    knownOperations: loadKnownOperations(),
    metricsToken: options.metricsToken,
    metricsOnOwnPort: options.metrics?.port !== undefined,
    persistedOperations: { mode: options.persistedOperations ?? 'allowed', byId: loadPersistedOperations() },
    maxBodyBytes: options.maxBodyBytes,
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    deduplicateQueries: options.deduplicateQueries,
    protection: options.protection,
    web: { distDir: options.webDistDir ?? WEB_DIST_DIR },
    liveFeed: (events, onEvent) => options.bus.watch(events, onEvent),
    liveLimits: options.liveLimits,
    telegramWebhook: bot?.webhook,
  });
  const listener = await router.listen(options.port, options.host);
  const botRuntime = await bot?.start({ graphql: `${listener.url}/graphql`, web: `${listener.url}/` });
  const metricsPort = options.metrics?.port;
  const metricsListener =
    metricsPort !== undefined ? await startMetricsListener({ port: metricsPort, host: options.host, registries: () => [router.registry, ...subgraphs.registries, telegramRegistry], logger }) : undefined;
  return {
    url: `${listener.url}/graphql`,
    webUrl: `${listener.url}/`,
    subgraphUrls: subgraphs.urls,
    metricsUrl: metricsListener && `${metricsListener.url}/metrics`,
    stop: () =>
      shutdown(
        [
          { name: 'bot', stop: async () => botRuntime?.stop() },
          { name: 'router', stop: () => router.stop() },
          { name: 'metrics', stop: async () => metricsListener?.close(1_000) },
          { name: 'subgraphs', stop: () => subgraphs.stop() },
        ],
        logger,
      ),
  };
}
