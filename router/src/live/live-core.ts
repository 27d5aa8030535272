import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@crm/contracts';
import { bearerToken, parseOrStartTrace, revocationOf, type Identity, type TokenVerifier } from '@crm/platform';
import { languageFromAcceptLanguage, runInLanguage, type Language } from '@crm/texts';
import { GraphQLError, getOperationAST, type DocumentNode, type FormattedExecutionResult, type GraphQLSchema, type ParseOptions, type ValidationRule } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { decodeJwt } from 'jose';
import type { PersistedOperations } from '../persisted-operations';
import { assertWithinCost } from '../query-cost';
import type { RouterContext } from '../router-context';
import { routerText } from '../router.texts';
import { createLiveDocuments } from './live-documents';
import { liveEventsOf } from './live-events';
import { createLiveHub, entityVisible, type LiveHubCounters } from './live-hub';
import { LIVE_ID_VARIABLE, liveOperation } from './live-operation';
import { persistedSubscribeDocument, type SubscribeDocument } from './live-persisted';
import { liveAccessClass } from './live-sharing';
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

export interface LiveCoreOptions {
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
  limits: LiveLimits;
  count?(counter: keyof LiveHubCounters): void;
}

/** What a transport subscribes with: the GraphQL-over-HTTP parameters (graphql-ws `subscribe` payload or an SSE request's body). */
export interface LiveRequest extends SubscribeDocument {
  variables?: Record<string, unknown> | null | undefined;
  extensions?: Record<string, unknown> | null | undefined;
}

/** A subscription ready to start: the execution arguments graphql-ws and graphql-sse take, its `LiveSubscription` as the context. */
export interface PreparedSubscription {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  variableValues: Record<string, unknown>;
  contextValue: LiveSubscription;
}

/** How often one sweep over every connection looks for expired tokens and due re-checks (instead of two timers per socket). */
const SWEEP_MS = 1_000;

const FORBIDDEN_CLOSE = CloseCode.Forbidden;

function identityKey(identity: Identity): string {
  return identity.kind === 'user' ? `user:${identity.userId}` : `service:${identity.serviceId}`;
}

/** The session's own executions: a user's other session may be the one revoked, and error texts are per language (ADR 0074 review). */
function executionKey(identity: Identity, userKey: string, language: Language): string {
  const session = identity.kind === 'user' ? identity.session : undefined;
  return JSON.stringify([userKey, session?.id ?? null, session?.tokenVersion ?? null, language]);
}

/**
 * What both live transports share (graphql-ws, ADR 0034; SSE, ADR 0076): connections by user with
 * the same token checks and limits, the hub, and a subscribe request turned into a started subscription
 * under the same rules (persisted operations, depth/cost, the access probe).
 */
export function createLiveCore(options: LiveCoreOptions) {
  const { limits } = options;
  const hub = createLiveHub(options.count, { confirmEveryMs: limits.recheckMs });
  const connectionsByUser = new Map<string, Set<LiveConnection>>();
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

  async function recheck(connection: LiveConnection): Promise<void> {
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

  return {
    hub,
    /**
     * A connection for `header` (`Bearer <token>` or the bare token): null when the token is missing or
     * invalid, 'too many' past the user's connection limit. `language`: the one asked for, else Accept-Language's.
     */
    async connect(header: unknown, language: unknown, acceptLanguage: string | undefined, socket: LiveConnection['socket']): Promise<LiveConnection | null | 'too many'> {
      const token = typeof header === 'string' ? (bearerToken(header) ?? header) : undefined;
      if (!token) return null;
      const identity = await options.verifyToken(token).catch(() => null);
      if (!identity) return null;
      const userKey = identityKey(identity);
      const connections = connectionsByUser.get(userKey) ?? new Set<LiveConnection>();
      if (connections.size >= limits.maxConnectionsPerUser) return 'too many';
      const chosen: Language = language === 'en' || language === 'ru' ? language : languageFromAcceptLanguage(acceptLanguage);
      const expiresAt = (decodeJwt(token).exp ?? 0) * 1000;
      const authorization = header === `Bearer ${token}` ? header : `Bearer ${token}`;
      const accessClass = liveAccessClass(identity, chosen);
      const connection: LiveConnection = { socket, identity, authorization, language: chosen, userKey, executionKey: executionKey(identity, userKey, chosen), accessClass, subscriptions: 0, expiresAt, recheckAt: Date.now() + limits.recheckMs };
      connections.add(connection);
      connectionsByUser.set(userKey, connections);
      return connection;
    },
    disconnect(connection: LiveConnection): void {
      const connections = connectionsByUser.get(connection.userKey);
      connections?.delete(connection);
      if (connections?.size === 0) connectionsByUser.delete(connection.userKey);
    },
    /** A subscribe request as a subscription ready to start, or why it is refused. */
    async prepare(connection: LiveConnection | undefined, request: LiveRequest): Promise<PreparedSubscription | GraphQLError[]> {
      const schema = options.schema();
      if (!connection || !schema) return refused(routerText('notConnected').render(connection?.language), 'UNAUTHENTICATED');
      const persisted = options.persisted;
      const resolved = persisted ? runInLanguage(connection.language, () => persistedSubscribeDocument(persisted, request, connection.identity)) : request;
      if (Array.isArray(resolved)) return resolved;
      const payload = { ...request, ...resolved };
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
      const probedAt = Date.now();
      if (operation.filterId) {
        const probe = await run(operation.queryText, { ...operation.variables, [LIVE_ID_VARIABLE]: operation.filterId }, connection);
        if (!entityVisible(operation, probe)) return refused(routerText('dealNotVisible').render(connection.language), 'FORBIDDEN');
      }
      // The probe is the subgraphs accepting this token; without one (`myDealsChanged`) the first event runs as the subscriber.
      const contextValue = new LiveSubscription(operation, connection, run, limits.maxQueuedResults, operation.filterId ? probedAt : undefined);
      return { schema, document, operationName: payload.operationName, variableValues: variables, contextValue };
    },
    /** A bus event: a revocation closes the connections whose tokens it voids; anything else feeds the hub. */
    onEnvelope(envelope: EventEnvelope): void {
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
    },
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
    /** Closes every connection with `code` (1012: the service restarts) and stops the sweep. */
    stop(code: number, reason: string): void {
      clearInterval(sweep);
      for (const connections of connectionsByUser.values()) for (const connection of connections) connection.socket.close(code, reason);
    },
  };
}

export type LiveCore = ReturnType<typeof createLiveCore>;
