import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { EventEnvelope } from '@crm/contracts';
import { bearerToken, REVOCATION_EVENTS, parseOrStartTrace, revocationOf, type Identity, type Logger, type TokenVerifier } from '@crm/platform';
import { GraphQLError, getOperationAST, type FormattedExecutionResult, type GraphQLSchema, type ParseOptions, type ValidationRule } from 'graphql';
import { createLiveDocuments } from './live-documents';
import { CloseCode } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import { WebSocketServer } from 'ws';
import { assertWithinCost } from '../query-cost';
import type { PersistedOperations } from '../persisted-operations';
import type { RouterContext } from '../router-context';
import { LIVE_EVENT_PATTERNS, liveEventsOf } from './live-events';
import { languageFromAcceptLanguage, runInLanguage } from '@crm/texts';
import { createLiveHub, entityVisible, type LiveHubCounters } from './live-hub';
import { LIVE_ID_VARIABLE, liveOperation } from './live-operation';
import { persistedSubscribeDocument } from './live-persisted';
import { routerText } from '../router.texts';
import { LiveSubscription, refused, type LiveConnection, type LiveRun } from './live-subscription';

export interface LiveLimits {
  maxSubscriptionsPerConnection: number;
  maxConnectionsPerUser: number;
  connectionInitTimeoutMs: number;
  keepAliveMs: number;
  /** Results waiting for one slow subscriber before its connection is closed. */
  maxQueuedResults: number;
  /** How often a connection's token is checked again (revocation without an event, e.g. a missed one). */
  recheckMs: number;
}

export const defaultLiveLimits: LiveLimits = {
  maxSubscriptionsPerConnection: 20,
  maxConnectionsPerUser: 10,
  connectionInitTimeoutMs: 5_000,
  keepAliveMs: 12_000,
  maxQueuedResults: 50,
  recheckMs: 30_000,
};

export type LiveFeed = (events: readonly string[], onEvent: (envelope: EventEnvelope) => void) => Promise<{ close(): Promise<void> }>;

export interface LiveServerOptions {
  httpServer: Server;
  /** The supergraph's API schema, once the gateway has loaded it. */
  schema(): GraphQLSchema | undefined;
  verifyToken: TokenVerifier;
  /** Runs a query through the gateway (and its plugins: limits, error masking, metrics) as `context`'s caller. */
  execute(query: string, variables: Record<string, unknown>, context: RouterContext): Promise<FormattedExecutionResult>;
  validationRules: readonly ValidationRule[];
  parseOptions: ParseOptions;
  maxCost: number;
  /** The same persisted-operation rules as over HTTP (ADR 0032); absent: any document. */
  persisted?: PersistedOperations | undefined;
  feed: LiveFeed | undefined;
  limits: LiveLimits;
  logger: Logger;
  count?(counter: keyof LiveHubCounters): void;
}

type Connection = LiveConnection & { socket: Extra['socket'] };

/** How often one sweep over every connection looks for expired tokens and due re-checks (instead of two timers per socket). */
const SWEEP_MS = 1_000;

const FORBIDDEN_CLOSE = CloseCode.Forbidden;

function identityKey(identity: Identity): string {
  return identity.kind === 'user' ? `user:${identity.userId}` : `service:${identity.serviceId}`;
}

/**
 * graphql-ws on the router's `/graphql` (ADR 0034): the access token in `connection_init`, events
 * from the bus, each event's selection run as a query with the subscriber's identity.
 */
export async function startLiveServer(options: LiveServerOptions) {
  const { limits, logger } = options;
  const hub = createLiveHub(options.count);
  const connectionsByUser = new Map<string, Set<Connection>>();
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const documents = createLiveDocuments(options.parseOptions, options.validationRules);

  const contextFor = (connection: LiveConnection): RouterContext => ({
    identity: connection.identity,
    authorization: connection.authorization,
    requestId: randomUUID(),
    traceparent: parseOrStartTrace(undefined).traceparent,
    clientAddress: undefined,
    language: connection.language,
  });

  /** One function for every subscription (a subscription keeps a reference, not a closure of its own). */
  const run: LiveRun = (query, variables, connection) => options.execute(query, variables, contextFor(connection));

  async function recheck(connection: Connection): Promise<void> {
    const token = bearerToken(connection.authorization) ?? '';
    const stillValid = await options.verifyToken(token).then(
      () => true,
      () => false,
    );
    if (!stillValid) connection.socket.close(FORBIDDEN_CLOSE, 'Forbidden: token expired or revoked');
  }

  const sweep = setInterval(() => {
    const now = Date.now();
    for (const connections of connectionsByUser.values()) {
      for (const connection of connections) {
        if (now >= connection.expiresAt) connection.socket.close(FORBIDDEN_CLOSE, 'Forbidden: token expired');
        else if (now >= connection.recheckAt) {
          connection.recheckAt = now + limits.recheckMs;
          void recheck(connection);
        }
      }
    }
  }, Math.min(SWEEP_MS, limits.recheckMs));
  sweep.unref();

  const disposable = useServer<Record<string, unknown>, { connection?: Connection }>(
    {
      schema: () => options.schema() as GraphQLSchema,
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      async onConnect(ctx) {
        const header = ctx.connectionParams?.authorization;
        const token = typeof header === 'string' ? (bearerToken(header) ?? header) : undefined;
        if (!token) return false;
        const identity = await options.verifyToken(token).catch(() => null);
        if (!identity) return false;
        const userKey = identityKey(identity);
        const connections = connectionsByUser.get(userKey) ?? new Set<Connection>();
        if (connections.size >= limits.maxConnectionsPerUser) {
          ctx.extra.socket.close(4429, 'Too many connections for this user');
          return false;
        }
        const { socket } = ctx.extra;
        const requested = ctx.connectionParams?.language;
        const language = requested === 'en' || requested === 'ru' ? requested : languageFromAcceptLanguage(ctx.extra.request.headers['accept-language']);
        const expiresAt = (decodeJwt(token).exp ?? 0) * 1000;
        const connection: Connection = { socket, identity, authorization: header === `Bearer ${token}` ? header : `Bearer ${token}`, language, userKey, subscriptions: 0, expiresAt, recheckAt: Date.now() + limits.recheckMs };
        connections.add(connection);
        connectionsByUser.set(userKey, connections);
        ctx.extra.connection = connection;
        // The upgrade request (headers, its parser's leftovers) is not needed past here: not kept per socket.
        (ctx.extra as { request?: unknown }).request = undefined;
        return true;
      },
      onClose(ctx) {
        const connection = ctx.extra.connection;
        if (!connection) return;
        const connections = connectionsByUser.get(connection.userKey);
        connections?.delete(connection);
        if (connections?.size === 0) connectionsByUser.delete(connection.userKey);
      },
      async onSubscribe(ctx, _id, message) {
        const connection = ctx.extra.connection;
        const schema = options.schema();
        if (!connection || !schema) return refused(routerText('notConnected').render(connection?.language), 'UNAUTHENTICATED');
        const persisted = options.persisted;
        const resolved = persisted ? runInLanguage(connection.language, () => persistedSubscribeDocument(persisted, message, connection.identity)) : message;
        if (Array.isArray(resolved)) return resolved;
        const payload = { ...message, ...resolved };
        if (connection.subscriptions >= limits.maxSubscriptionsPerConnection) {
          return refused(routerText('subscriptionsLimit', { max: limits.maxSubscriptionsPerConnection }).render(connection.language), 'QUERY_LIMIT_EXCEEDED');
        }
        const document = documents.document(schema, payload.query);
        if (Array.isArray(document)) return document;
        const variables = payload.variables ?? {};
        let operation;
        try {
          assertWithinCost(schema, document, getOperationAST(document, payload.operationName)!, variables, options.maxCost);
          operation = runInLanguage(connection.language, () => liveOperation(document, payload.operationName, variables));
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        if (operation.filterId) {
          const probe = await run(operation.queryText, { ...operation.variables, [LIVE_ID_VARIABLE]: operation.filterId }, connection);
          if (!entityVisible(operation, probe)) return refused(routerText('dealNotVisible').render(connection.language), 'FORBIDDEN');
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
          contextValue: new LiveSubscription(operation, connection, run, limits.maxQueuedResults),
        };
      },
      subscribe(args) {
        return (args.contextValue as LiveSubscription).start(hub.add);
      },
    },
    wsServer,
    limits.keepAliveMs,
  );

  const onEnvelope = (envelope: EventEnvelope) => {
    const revocation = revocationOf(envelope);
    if (revocation) {
      // The event itself says which tokens it voids: no race with the revocation view that verifies new tokens.
      for (const connection of connectionsByUser.get(`user:${revocation.userId}`) ?? []) {
        const session = connection.identity.kind === 'user' ? connection.identity.session : undefined;
        const voided = revocation.kind === 'session' ? session?.id === revocation.sessionId : (session?.tokenVersion ?? 0) < revocation.minTokenVersion;
        if (voided) connection.socket.close(FORBIDDEN_CLOSE, 'Forbidden: token revoked');
      }
      return;
    }
    liveEventsOf(envelope).forEach((event) => hub.publish(event));
  };
  const subscription = await options.feed?.([...LIVE_EVENT_PATTERNS, ...REVOCATION_EVENTS], onEnvelope);
  if (!options.feed) logger.warn('live subscriptions have no event feed: subscribers will receive nothing');

  return {
    /** Open connections and their active subscriptions (metrics). */
    counts(): { connections: number; subscriptions: number } {
      let connections = 0;
      let subscriptions = 0;
      for (const set of connectionsByUser.values()) {
        connections += set.size;
        for (const connection of set) subscriptions += connection.subscriptions;
      }
      return { connections, subscriptions };
    },
    /** Graceful drain: every client is told the service restarts (1012) and reconnects elsewhere. */
    async stop(): Promise<void> {
      clearInterval(sweep);
      await subscription?.close();
      for (const client of wsServer.clients) client.close(1012, 'Service restart');
      await disposable.dispose();
    },
  };
}
