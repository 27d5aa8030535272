import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { createHttpServer, healthRoutes, inRequestLanguage, jsonErrorsMiddleware, listen, markDraining, requestContextMiddleware, createServiceMetrics, type TrustProxy } from '@crm/platform/http';
import { errorMaskingPlugin, nulBytesPlugin, type Logger, type TokenVerifier } from '@crm/platform';
import express from 'express';
import type { Registry } from 'prom-client';
import type { GraphQLSchema } from 'graphql';
import { useSharedScalarParsing } from './api-scalars';
import { scalarLiteralsPlugin } from './scalar-literals.plugin';
import { createKeepAliveFetcher } from './keep-alive-fetcher';
import { graphqlHttpHandler } from './graphql-http-handler';
import { InFlightQueries } from './in-flight-queries';
import { executeAsQuery } from './live/execute-as-query';
import { liveGauges, liveMetrics } from './live/live-metrics';
import { subgraphCallMetrics } from './subgraph-call-metrics';
import { defaultLiveLimits, startLiveServer, type LiveFeed, type LiveLimits } from './live/live-server';
import { callerContext } from './caller-context';
import { API_KEY_REVOKED, revokedApiKeyOf } from './partners/partner-keys';
import { routerGuards } from './router-guards';
import { persistedOperationsMiddleware, type PersistedOperations } from './persisted-operations';
import type { RouterProtection } from './protection';
import type { RouterContext } from './router-context';
import { corsMiddleware, DEFAULT_MAX_BODY_BYTES, queryLimits, type QueryLimits } from './security';
import { SubgraphDataSource } from './subgraph-data-source';
import { skippingWarmUps, stopWarmUpBeforeExecution, warmPersistedOperations } from './warm-up';
import { webRoutes, type WebOptions } from './web/web-routes';
import { telegramWebhookRoutes, type TelegramWebhookOptions } from './telegram-webhook';
import { exportsProxy, filesProxy } from './transfer-proxy';

export interface RouterOptions {
  supergraphSdl: string;
  /** Routing URLs by subgraph name, overriding those composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  verifyToken: TokenVerifier;
  logger: Logger;
  production: boolean;
  corsOrigins: string[];
  limits: QueryLimits;
  /** Operation names that get their own metrics series (the rest count as `unknown`). */
  knownOperations?: ReadonlySet<string>;
  /** In production `/metrics` answers only with this Bearer token, and not at all without one. */
  metricsToken?: string | undefined;
  /** The process serves `/metrics` on a port of its own (METRICS_PORT): the public port never does. */
  metricsOnOwnPort?: boolean | undefined;
  /** Whose X-Forwarded-For names the client (TRUST_PROXY); loopback by default. */
  trustProxy?: TrustProxy | undefined;
  /** The browser app and its `/auth` session endpoints (cookies Secure in production). */
  web?: Pick<WebOptions, 'distDir'>;
  /** Bus events for live subscriptions (`bus.watch`, or a RabbitMQ broadcast queue); without it subscribers get nothing. */
  liveFeed?: LiveFeed | undefined;
  liveLimits?: Partial<LiveLimits>;
  /** Operations known by id (manifests under `schema/operations/`) and whether only they may run (ADR 0030); default: none, `allowed`. */
  persistedOperations?: PersistedOperations | undefined;
  /** Largest request body accepted (bytes); larger is HTTP 413. Default 1 MiB. */
  maxBodyBytes?: number | undefined;
  /** How long a subgraph may stay silent (connect, headers, body) before its call fails. */
  subgraphTimeoutMs?: number | undefined;
  /** Rate limits, request deadline, circuit breakers, API-key cache (ADRs 0024-0026); defaults when absent. */
  protection?: Partial<RouterProtection> | undefined;
  /** Identical concurrent queries share one execution (DEDUPLICATE_QUERIES, ADR 0061); default on. */
  deduplicateQueries?: boolean | undefined;
  /** Telegram's webhook at `/telegram/webhook` (issue 17); none without it. */
  telegramWebhook?: TelegramWebhookOptions | undefined;
}

export interface RouterServer {
  /** The router's series, for the process's metrics listener. */
  registry: Registry;
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
}

export async function createRouter(options: RouterOptions): Promise<RouterServer> {
  const { logger, production } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 'loopback');
  const httpServer = createHttpServer(app);
  const metrics = createServiceMetrics('router', { knownOperations: options.knownOperations ?? new Set() });
  const pool = createKeepAliveFetcher({ timeoutMs: options.subgraphTimeoutMs });
  const persisted = options.persistedOperations ?? { mode: 'allowed', byId: new Map() };
  const guards = routerGuards(options.protection, metrics.registry, logger);
  const timedCalls = subgraphCallMetrics(metrics.registry);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    experimental_didResolveQueryPlan: stopWarmUpBeforeExecution,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({ subgraphName: name, url: guards.route(name, options.subgraphUrls[name] ?? url ?? ''), fetcher: timedCalls(name, guards.fetcher(name, pool.fetcher)) }),
  });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((update) => {
    useSharedScalarParsing(update.apiSchema);
    apiSchema = update.apiSchema;
  });
  const limits = queryLimits(options.limits, production);
  const apollo = new ApolloServer<RouterContext>({
    gateway,
    introspection: !production,
    // Our own lifecycle stops things in order; Apollo's handler would re-raise the signal and kill the process mid-shutdown.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Ids are resolved from the manifests before Apollo sees a request; Apollo's own APQ would let anyone register a document.
    persistedQueries: false,
    csrfPrevention: true,
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [
      ...(limits.plugins as never[]),
      nulBytesPlugin() as never,
      scalarLiteralsPlugin() as never,
      skippingWarmUps(errorMaskingPlugin({ production, logger }) as never),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      skippingWarmUps(metrics.graphqlPlugin as never),
    ],
    logger,
  });
  await apollo.start();
  const unplannable = apiSchema ? await warmPersistedOperations(apollo, apiSchema, persisted.byId.values()) : [];
  if (unplannable.length) logger.warn({ operations: unplannable }, 'persisted operations that do not validate against the supergraph');
  const live = await startLiveServer({
    httpServer,
    schema: () => apiSchema,
    verifyToken: options.verifyToken,
    execute: (query, variables, contextValue) => executeAsQuery(apollo, query, variables, contextValue),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    maxCost: options.limits.maxCost,
    persisted,
    feed: options.liveFeed,
    limits: { ...defaultLiveLimits, ...options.liveLimits },
    logger,
    count: liveMetrics(metrics.registry),
  });
  liveGauges(metrics.registry, () => live.counts());
  // A revoked partner key is refused at once, not when the cache would have let go of it (ADR 0062).
  const keyRevocations = await options.liveFeed?.([API_KEY_REVOKED], (envelope) => {
    const keyId = revokedApiKeyOf(envelope);
    if (keyId) guards.callers.apiKeys.forget(keyId);
  });

  const health = healthRoutes({
    checks: [{ name: 'gateway', check: () => undefined }],
    details: () => ({ subgraphs: guards.circuits() }),
    registry: metrics.registry,
    logger,
    metrics: options.metricsOnOwnPort ? { access: 'off' } : !production ? { access: 'open' } : options.metricsToken ? { access: 'token', token: options.metricsToken } : { access: 'off' },
  });
  app.use(requestContextMiddleware(), metrics.httpMiddleware, health);
  app.use('/files', filesProxy({ subgraphUrls: options.subgraphUrls, logger }));
  app.use('/exports', exportsProxy({ subgraphUrls: options.subgraphUrls, logger }));
  // Live subscriptions over SSE where proxies break WebSockets (ADR 0076); before `/graphql`, which would take the path too.
  app.use('/graphql/stream', corsMiddleware(options.corsOrigins), express.json({ limit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }), live.sse);
  app.use(
    '/graphql',
    corsMiddleware(options.corsOrigins),
    express.json({ limit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }),
    inRequestLanguage,
    persistedOperationsMiddleware(persisted),
    graphqlHttpHandler(apollo, {
      context: callerContext({ verifyToken: options.verifyToken, persistedMode: persisted.mode, logger, ...guards.callers }),
      inFlight: options.deduplicateQueries === false ? undefined : new InFlightQueries(limits.parseOptions, metrics.registry),
    }),
  );
  app.use(telegramWebhookRoutes(options.telegramWebhook, logger));
  app.use(webRoutes(apollo, { distDir: options.web?.distDir, secureCookies: production }));
  app.use(jsonErrorsMiddleware(logger));

  let close: ((graceMs?: number) => Promise<void>) | undefined;
  return {
    registry: metrics.registry,
    async listen(port, host) {
      const listener = await listen(httpServer, port, host);
      close = listener.close;
      logger.info({ url: `${listener.url}/graphql` }, 'router listening');
      return listener;
    },
    async stop() {
      markDraining(health);
      await live.stop();
      await keyRevocations?.close();
      await apollo.stop();
      await close?.();
      await pool.close();
      await guards.close();
    },
  };
}
