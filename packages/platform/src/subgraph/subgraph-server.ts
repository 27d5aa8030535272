import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { Router } from 'express';
import { mutationAuditPlugin, type MutationRecorder } from '../audit/mutation-audit.plugin';
import { botCredential, type TokenVerifier } from '../auth/access-token';
import { errorMaskingPlugin } from '../graphql/error-masking.plugin';
import { nulBytesPlugin } from '../graphql/nul-bytes.plugin';
import { healthRoutes, markDraining, type ReadinessCheck } from '../http/health-routes';
import { createHttpServer, listen, type HttpListener } from '../http/http-listener';
import { jsonErrorsMiddleware } from '../http/json-errors.middleware';
import { createServiceMetrics } from '../http/metrics';
import { requestContextMiddleware } from '../http/request-context.middleware';
import type { TrustProxy } from '../http/trust-proxy';
import type { Logger } from '../logger';
import type { Registry } from 'prom-client';
import { clientAddress, identityFromRequest, userAgentOf } from './identity-from-request';
import { federationInternalsPlugin } from './federation-internals.plugin';
import { requireIdentityPlugin } from './require-identity.plugin';
import type { BaseContext, SubgraphModule } from './subgraph-module';
import { subgraphSchema } from './subgraph-schema';

export interface SubgraphServerOptions<TContext extends BaseContext> {
  module: SubgraphModule<TContext>;
  verifyToken: TokenVerifier;
  logger: Logger;
  readiness?: ReadinessCheck[];
  production: boolean;
  /** Whose X-Forwarded-For to believe (the router's); loopback by default. */
  trustProxy?: TrustProxy | undefined;
  /** Where each mutation's audit record goes (the subgraph's outbox); none, none recorded. */
  recordMutation?: MutationRecorder | undefined;
  /** Whether this port serves `/metrics` (not when the process has a metrics port of its own). */
  publicMetrics?: boolean;
}

export interface SubgraphServer {
  name: string;
  /** Its HTTP and GraphQL series, for a process-wide metrics listener. */
  registry: Registry;
  listen(port: number, host: string): Promise<HttpListener>;
  /** Drain HTTP (readiness goes 503 first), then stop Apollo. */
  stop(): Promise<void>;
}

export async function createSubgraphServer<TContext extends BaseContext>(options: SubgraphServerOptions<TContext>): Promise<SubgraphServer> {
  const { module, verifyToken, logger, production } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? 'loopback');
  const httpServer = createHttpServer(app);
  const metrics = createServiceMetrics(module.name);
  const apollo = new ApolloServer<TContext>({
    schema: subgraphSchema(module),
    introspection: !production,
    // Our own lifecycle stops things in order; Apollo's handler would re-raise the signal and kill the process mid-shutdown.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      requireIdentityPlugin(module.publicFields ?? []) as never,
      nulBytesPlugin() as never,
      federationInternalsPlugin(production) as never,
      errorMaskingPlugin({ production, logger }) as never,
      metrics.graphqlPlugin as never,
      ...(options.recordMutation ? [mutationAuditPlugin({ subgraph: module.name, record: options.recordMutation, logger }) as never] : []),
    ],
    logger,
  });
  await apollo.start();

  const health = healthRoutes({
    checks: options.readiness ?? [],
    registry: metrics.registry,
    logger,
    metrics: { access: options.publicMetrics === false ? 'off' : 'open' },
  });
  app.use(requestContextMiddleware(), metrics.httpMiddleware);
  app.use(health);
  if (module.routes) {
    const extra = Router();
    module.routes(extra);
    app.use(extra);
  }
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        module.createContext({
          identity: await identityFromRequest(req, verifyToken),
          requestId: String(req.res?.locals.requestId ?? ''),
          logger,
          clientAddress: clientAddress(req),
          userAgent: userAgentOf(req, 'router'),
          botCredential: botCredential(req.header('authorization')),
        }),
    }),
  );
  app.use(jsonErrorsMiddleware(logger));

  let listener: HttpListener | undefined;
  return {
    name: module.name,
    registry: metrics.registry,
    async listen(port, host) {
      listener = await listen(httpServer, port, host);
      logger.info({ url: `${listener.url}/graphql` }, `${module.name} subgraph listening`);
      return listener;
    },
    async stop() {
      markDraining(health);
      await apollo.stop();
      await listener?.close();
    },
  };
}
