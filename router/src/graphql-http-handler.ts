import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import type { InFlightQueries } from './in-flight-queries';
import type { PersistedOperation } from './persisted-operations';
import type { RouterContext } from './router-context';

/**
 * `@as-integrations/express5`'s middleware, plus in-flight deduplication (ADR 0061): the caller's
 * context is built first for every request (token verified, rate limits counted, persisted-operation
 * rules applied), and only then may an identical running query's answer be shared.
 */
export function graphqlHttpHandler(
  apollo: ApolloServer<RouterContext>,
  options: { context: (args: { req: Request; res: Response }) => Promise<RouterContext>; inFlight?: InFlightQueries | undefined },
): RequestHandler {
  apollo.assertStarted('graphqlHttpHandler()');
  return async (req, res) => {
    const request = httpGraphQLRequest(req);
    const context = options.context({ req, res });
    // Apollo reports a refused caller (401, 429...) itself when it awaits the same promise.
    context.catch(() => undefined);
    const execute = () => apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: () => context });
    const key = options.inFlight ? options.inFlight.keyOf(request, await context.catch(() => undefined), (res.locals.persistedOperation as PersistedOperation | undefined)?.type) : undefined;
    await send(res, key ? await options.inFlight!.run(key, execute) : await execute());
  };
}

function httpGraphQLRequest(req: Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const query = req.url.indexOf('?');
  return { method: req.method.toUpperCase(), headers, search: query === -1 ? '' : req.url.slice(query), body: req.body as unknown };
}

async function send(res: Response, response: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.send(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
