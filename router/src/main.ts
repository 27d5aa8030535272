import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { startTracing, createLogger, createMemoryRevocationView, createTokenVerifier, loadEnv, onTerminationSignal, REVOCATION_EVENTS, shutdown, withRevocationCheck } from '@crm/platform';
import { subscribeAmqpBroadcast } from '@crm/platform/bus';
import { startMetricsListener } from '@crm/platform/observability';
import { createRemoteJWKSet } from 'jose';
import { createRouter } from './create-router';
import { queryLimitsFromEnv, routerEnvSchema, subgraphUrlsFromEnv } from './env';
import { protectionFromEnv } from './protection';
import { loadKnownOperations } from './known-operations';
import { loadPersistedOperations, persistedOperationsMode } from './persisted-operations';
import { forwardToBot } from './telegram-webhook';

/**
 * The old generation grows by at most 30 % of what survived the last full GC before the next one (V8
 * lets it grow up to 4x): 10,000 idle subscribers keep ~220 MiB, and the default headroom doubled the
 * RSS (ADR 0075). Read by V8 at every full GC, so setting it at start-up is enough.
 */
setFlagsFromString('--heap-growing-percent=30');

async function main(): Promise<void> {
  const env = loadEnv(routerEnvSchema);
  const logger = createLogger({ name: 'router', level: env.LOG_LEVEL });
  const tracing = startTracing('router');
  const supergraphPath = env.SUPERGRAPH_PATH ?? resolve(__dirname, '../../schema/supergraph.graphql');
  const revocations = createMemoryRevocationView();
  const feed = env.AMQP_URL
    ? await subscribeAmqpBroadcast({ url: env.AMQP_URL, exchange: env.BUS_EXCHANGE, events: REVOCATION_EVENTS, logger, onEvent: revocations.applyEvent })
    : undefined;
  const verifyToken = createTokenVerifier(createRemoteJWKSet(new URL(env.AUTH_JWKS_URL), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 }));
  const router = await createRouter({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    subgraphUrls: subgraphUrlsFromEnv(process.env),
    verifyToken: withRevocationCheck(verifyToken, revocations),
    logger,
    production: env.NODE_ENV === 'production',
    corsOrigins: env.CORS_ORIGINS,
    knownOperations: loadKnownOperations(),
    metricsToken: env.METRICS_TOKEN,
    metricsOnOwnPort: env.METRICS_PORT !== undefined,
    limits: queryLimitsFromEnv(env),
    trustProxy: env.TRUST_PROXY,
    persistedOperations: { mode: persistedOperationsMode(env.PERSISTED_OPERATIONS, env.NODE_ENV === 'production'), byId: loadPersistedOperations() },
    maxBodyBytes: env.MAX_BODY_BYTES,
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    deduplicateQueries: env.DEDUPLICATE_QUERIES,
    protection: protectionFromEnv(env),
    web: { distDir: env.WEB_DIST_DIR && resolve(env.WEB_DIST_DIR) },
    telegramWebhook: env.TELEGRAM_WEBHOOK_SECRET && env.BOT_URL ? { secretToken: env.TELEGRAM_WEBHOOK_SECRET, deliver: forwardToBot(env.BOT_URL, env.TELEGRAM_WEBHOOK_SECRET) } : undefined,
    // Live subscriptions: this instance's own exclusive auto-delete queue, declared again after a broker restart.
    liveFeed: env.AMQP_URL ? (events, onEvent) => subscribeAmqpBroadcast({ url: env.AMQP_URL!, exchange: env.BUS_EXCHANGE, events, logger, onEvent }) : undefined,
  });
  await router.listen(env.PORT, env.HOST);
  const metricsListener = env.METRICS_PORT ? await startMetricsListener({ port: env.METRICS_PORT, host: env.HOST, registries: () => [router.registry], logger }) : undefined;
  onTerminationSignal(logger, () =>
    shutdown(
      [
        { name: 'router', stop: () => router.stop() },
        { name: 'metrics', stop: async () => metricsListener?.close(1_000) },
        { name: 'revocation feed', stop: async () => feed?.close() },
        { name: 'tracing', stop: () => tracing.stop() },
      ],
      logger,
    ),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`router failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
