import type { Logger } from '@crm/platform';
import type { Request, Response } from 'express';
import type { ExecutionResult } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/express';
import { routerText } from '../router.texts';
import type { LiveCore } from './live-core';
import { LivePayload } from './live-payload';
import type { LiveConnection, LiveSubscription } from './live-subscription';

type Refusal = readonly [body: string, init: { status: number; statusText: string; headers: Record<string, string> }];

function refusal(status: number, statusText: string, message: string, code: string): Refusal {
  return [JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, statusText, headers: { 'content-type': 'application/json; charset=utf-8' } }];
}

/**
 * GraphQL over Server-Sent Events (`graphql-sse`, distinct connections mode: one request per
 * subscription) for where proxies break WebSockets (ADR 0076). The same connection rules as graphql-ws:
 * the access token in the Authorization header (checked, re-checked and closed on expiry or revocation
 * like a socket's), connections per user capped (one SSE stream counts as one), and the subscribe
 * request under the same rules (persisted operations, depth/cost, the access probe). Closing a stream
 * ends its response; the client reconnects with a fresh token.
 */
export function createLiveSseHandler(core: LiveCore, logger: Logger) {
  const connections = new WeakMap<Request, LiveConnection>();
  const handler = createHandler({
    async authenticate(req) {
      const { raw, context } = req;
      const connection = await core.connect(raw.headers.authorization, undefined, raw.headers['accept-language'], { close: () => context.res.end() });
      if (connection === null) return refusal(401, 'Unauthorized', routerText('notConnected').render(), 'UNAUTHENTICATED');
      if (connection === 'too many') return refusal(429, 'Too Many Requests', 'Too many connections for this user', 'QUERY_LIMIT_EXCEEDED');
      connections.set(raw, connection);
      context.res.once('close', () => core.disconnect(connection));
      // No token of a reserved stream: distinct connections mode only.
      return null;
    },
    async onSubscribe(req, params) {
      const prepared = await core.prepare(connections.get(req.raw), params);
      // `data` present, or graphql-sse would not take it for a result.
      if (Array.isArray(prepared)) return { data: null, errors: prepared } satisfies ExecutionResult;
      // graphql-sse types the context as a plain record; the subscription travels in it to `subscribe`.
      return { ...prepared, contextValue: prepared.contextValue as unknown as Record<string, unknown> };
    },
    subscribe: (args) => (args.contextValue as unknown as LiveSubscription).start(core.hub.add) as AsyncIterable<never>,
    // graphql-sse serialises each stream's result itself (JSON.stringify, all it does with it): the payload's formatted form, errors formatted once per shared result.
    onNext: (_ctx, _req, result) => (result instanceof LivePayload ? (result.formatted as never) : undefined),
  });
  return async (req: Request, res: Response): Promise<void> => {
    try {
      await handler(req, res);
    } catch (error) {
      logger.error({ err: error }, 'live SSE request failed');
      if (res.headersSent) res.end();
      else res.writeHead(500).end();
    }
  };
}
