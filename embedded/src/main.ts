import { join, resolve } from 'node:path';
import { createDatabase, createLogger, loadEnv, onTerminationSignal, startTracing } from '@crm/platform';
import { createInProcessBus } from '@crm/platform/bus';
import { createProcessMetrics } from '@crm/platform/observability';
import { persistedOperationsMode, protectionFromEnv, queryLimitsFromEnv } from '@crm/router';
import { notificationsConfigFromEnv } from '@crm/subgraph-notifications';
import { documentsConfigFromEnv, documentsStorageFromEnv } from '@crm/subgraph-documents';
import { crmConfigFromEnv } from '@crm/subgraph-crm';
import { paymentsConfigFromEnv } from '@crm/subgraph-payments';
import { embeddedEnvSchema } from './env';
import { startSystem } from './start-system';

/** `pnpm start`: the whole CRM in one process on embedded PostgreSQL, no services to install. */
async function main(): Promise<void> {
  const started = Date.now();
  // Where start-up time goes (issue 13): loading the code, opening the database (migrations run with the subgraphs), the rest.
  const phases: Record<string, number> = { modulesLoadedMs: Math.round(process.uptime() * 1000) };
  const env = loadEnv(embeddedEnvSchema);
  const logger = createLogger({ name: 'crm', level: env.LOG_LEVEL });
  const tracing = startTracing('crm-embedded');
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.DATA_DIR);
  const database = await createDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
  phases.databaseOpenMs = Date.now() - started;
  const metrics = createProcessMetrics('embedded');
  const bus = createInProcessBus({ logger, observer: metrics.busObserver });
  const system = await startSystem({
    database,
    bus,
    logger,
    port: env.PORT,
    host: env.HOST,
    production,
    seedDemo: env.SEED_DEMO ?? !production,
    corsOrigins: env.CORS_ORIGINS,
    signingKeysJson: env.AUTH_SIGNING_KEYS,
    keysFile: join(dataDir, 'signing-keys.json'),
    trustProxy: env.TRUST_PROXY,
    botServiceKey: env.BOT_SERVICE_KEY,
    botKeyFile: join(dataDir, 'bot-service-key'),
    metricsToken: env.METRICS_TOKEN,
    metrics: { registry: metrics.registry, port: env.METRICS_PORT },
    limits: queryLimitsFromEnv(env),
    webDistDir: env.WEB_DIST_DIR && resolve(env.WEB_DIST_DIR),
    crmConfig: crmConfigFromEnv(env),
    paymentsConfig: paymentsConfigFromEnv(env),
    documentsStorage: documentsStorageFromEnv(env, dataDir),
    documentsConfig: documentsConfigFromEnv(env),
    persistedOperations: persistedOperationsMode(env.PERSISTED_OPERATIONS, production),
    maxBodyBytes: env.MAX_BODY_BYTES,
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    deduplicateQueries: env.DEDUPLICATE_QUERIES,
    protection: protectionFromEnv(env),
    // One token for both: the bot answers users, Notifications' queue sends them their notifications.
    telegramBot: env.TELEGRAM_BOT_TOKEN ? { token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT, webhookSecret: env.TELEGRAM_WEBHOOK_SECRET } : undefined,
    notificationsConfig: notificationsConfigFromEnv(env, { token: env.TELEGRAM_BOT_TOKEN, apiRoot: env.TELEGRAM_API_ROOT, webAppUrl: `http://${env.HOST}:${env.PORT}` }),
  });
  logger.info({ url: system.url, web: system.webUrl, dataDir, readyInMs: Date.now() - started, ...phases }, `CRM is ready at ${system.webUrl}`);
  onTerminationSignal(logger, async () => {
    await system.stop();
    await database.close();
    await tracing.stop();
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
