import type { ApolloServer } from '@apollo/server';
import { clientAddress, userAgentOf } from '@crm/platform';
import { languageFromAcceptLanguage } from '@crm/texts';
import { Router } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { RouterContext } from '../router-context';
import { authRoutes, type RunOperation } from './auth-routes';
import { staticWebApp } from './static-app';

export interface WebOptions {
  /** The built SPA (`web/dist`); absent: the router serves the API only. */
  distDir?: string | undefined;
  /** Cookies marked Secure (HTTPS only); on in production. */
  secureCookies: boolean;
}

/** Everything the browser app needs besides `/graphql`: its session endpoints and its files. */
export function webRoutes(apollo: ApolloServer<RouterContext>, options: WebOptions): Router {
  const run: RunOperation = async (req, res, query, variables) => {
    const response = await apollo.executeOperation(
      { query, variables },
      {
        contextValue: {
          identity: null,
          authorization: undefined,
          requestId: String(res.locals.requestId),
          traceparent: String(res.locals.traceparent),
          clientAddress: clientAddress(req),
          userAgent: userAgentOf(req, 'caller'),
          language: languageFromAcceptLanguage(req.header('accept-language')),
        },
      },
    );
    if (response.body.kind !== 'single') return { errors: [{ message: 'unexpected incremental response' } as GraphQLFormattedError] };
    return response.body.singleResult as Awaited<ReturnType<RunOperation>>;
  };
  const router = Router();
  router.use('/auth', authRoutes({ run, secureCookies: options.secureCookies }));
  if (options.distDir) router.use(staticWebApp(options.distDir));
  return router;
}
