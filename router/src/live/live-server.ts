import type { Server } from 'node:http';
import type { EventEnvelope } from '@crm/contracts';
import { REVOCATION_EVENTS, type Logger } from '@crm/platform';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createLiveCore, type LiveCoreOptions } from './live-core';
import { LIVE_EVENT_PATTERNS } from './live-events';
import { LivePayload } from './live-payload';
import { createLiveSseHandler } from './live-sse';
import type { LiveConnection, LiveSubscription } from './live-subscription';
import { LiveWebSocket, liveMessageReplacer } from './live-ws-send';

export { defaultLiveLimits, type LiveLimits } from './live-core';

export type LiveFeed = (events: readonly string[], onEvent: (envelope: EventEnvelope) => void) => Promise<{ close(): Promise<void> }>;

export interface LiveServerOptions extends LiveCoreOptions {
  httpServer: Server;
  feed: LiveFeed | undefined;
  logger: Logger;
}

/**
 * Live subscriptions on the router: graphql-ws on `/graphql` (ADR 0034, the access token in
 * `connection_init`) and SSE (`sse`, ADR 0076, the token in the Authorization header), events from the
 * bus, each event's selection run as a query with the subscriber's identity.
 */
export async function startLiveServer(options: LiveServerOptions) {
  const { limits, logger } = options;
  const core = createLiveCore(options);
  // Its sockets send a live payload's bytes serialised once for all its subscribers (ADR 0079).
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql', WebSocket: LiveWebSocket });

  const disposable = useServer<Record<string, unknown>, { connection?: LiveConnection }>(
    {
      schema: () => options.schema() as GraphQLSchema,
      connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
      async onConnect(ctx) {
        const { socket, request } = ctx.extra;
        const connection = await core.connect(ctx.connectionParams?.authorization, ctx.connectionParams?.language, request.headers['accept-language'], socket);
        if (connection === 'too many') socket.close(4429, 'Too many connections for this user');
        if (connection === null || connection === 'too many') return false;
        ctx.extra.connection = connection;
        // The upgrade request (headers, its parser's leftovers) is not needed past here: not kept per socket.
        (ctx.extra as { request?: unknown }).request = undefined;
        return true;
      },
      onClose(ctx) {
        if (ctx.extra.connection) core.disconnect(ctx.extra.connection);
      },
      onSubscribe: (ctx, _id, message) => core.prepare(ctx.extra.connection, message),
      subscribe: (args) => (args.contextValue as LiveSubscription).start(core.hub.add) as AsyncIterable<never>,
      // The payload itself, not graphql-ws's copy of it: the replacer recognises it and the socket splices its bytes in.
      onNext: (_ctx, _id, _payload, _args, result) => (result instanceof LivePayload ? (result as never) : undefined),
      jsonMessageReplacer: liveMessageReplacer,
    },
    wsServer,
    limits.keepAliveMs,
  );

  const subscription = await options.feed?.([...LIVE_EVENT_PATTERNS, ...REVOCATION_EVENTS], core.onEnvelope);
  if (!options.feed) logger.warn('live subscriptions have no event feed: subscribers will receive nothing');

  return {
    counts: core.counts,
    /** The SSE transport's Express handler (mounted by the router on `/graphql/stream`). */
    sse: createLiveSseHandler(core, logger),
    /** Graceful drain: every client is told the service restarts (1012) and reconnects elsewhere. */
    async stop(): Promise<void> {
      await subscription?.close();
      core.stop(1012, 'Service restart');
      for (const client of wsServer.clients) client.close(1012, 'Service restart');
      await disposable.dispose();
    },
  };
}
