import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import type { RequestHandler } from 'express';
import { GraphQLError, type ValidationContext } from 'graphql';
import { queryCostPlugin } from './query-cost';
import { routerText } from './router.texts';

const MAX_DIRECTIVES = 50;

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
}

/** The defaults (ADR 0020): the largest client operation costs well under half of maxCost. */
export const defaultQueryLimits: QueryLimits = { maxDepth: 12, maxAliases: 15, maxCost: 10_000, maxTokens: 3000 };

/**
 * A limit is the client's to respect, not a syntax error: the message names the limit and what was
 * found, in the request's language (armor's own English message only gives the number found).
 */
const limitExceeded = (text: 'depthLimit' | 'aliasLimit' | 'directiveLimit', max: number) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message)?.[1] ?? '?';
      context?.reportError(new GraphQLError(routerText(text, { max, found }).render(), { extensions: { code: 'QUERY_LIMIT_EXCEEDED', reason: routerText.reason(text) } }));
    },
  ],
});

/**
 * Depth, alias, directive, token and cost limits (ADR 0020). Tokens are counted by the parser itself
 * (`parseOptions.maxTokens`), so too long a document is a parse failure (400), never a crash in a plugin.
 */
export function queryLimits(limits: QueryLimits, production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: !production, ...limitExceeded('depthLimit', limits.maxDepth) },
    maxAliases: { n: limits.maxAliases, ...limitExceeded('aliasLimit', limits.maxAliases) },
    maxDirectives: { n: MAX_DIRECTIVES, ...limitExceeded('directiveLimit', MAX_DIRECTIVES) },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, queryCostPlugin(limits.maxCost)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

/** Only listed origins may call from a browser; no origins listed means no cross-origin browser access. */
export function corsMiddleware(origins: string[]): RequestHandler {
  return cors({
    origin: origins.length ? origins : false,
    credentials: true,
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id', 'traceparent'],
    maxAge: 600,
  });
}

/** Largest request body the router reads (HTTP 413 above it): far above any real operation with its variables. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
