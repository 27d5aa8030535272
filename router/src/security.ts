import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import type { RequestHandler } from 'express';
import { GraphQLError, type ValidationContext } from 'graphql';
import { queryCostPlugin } from './query-cost';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
}

/** The defaults (ADR 0020): the largest client operation costs well under half of maxCost. */
export const defaultQueryLimits: QueryLimits = { maxDepth: 12, maxAliases: 15, maxCost: 10_000, maxTokens: 3000 };

/** A limit is the client's to respect, not a syntax error: the message names the limit and what was found. */
const limitExceeded = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'QUERY_LIMIT_EXCEEDED' } })),
  ],
};

/**
 * Depth, alias, directive, token and cost limits (ADR 0020). Tokens are counted by the parser itself
 * (`parseOptions.maxTokens`), so too long a document is a parse failure (400), never a crash in a plugin.
 */
export function queryLimits(limits: QueryLimits, production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: !production, ...limitExceeded },
    maxAliases: { n: limits.maxAliases, ...limitExceeded },
    maxDirectives: { n: 50, ...limitExceeded },
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
