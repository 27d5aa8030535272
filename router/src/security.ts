import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import type { RequestHandler } from 'express';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
}

/** Depth, alias, cost, token and directive limits, and no field suggestions that map the schema for an attacker. */
export function queryLimits(limits: QueryLimits, production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: !production },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: !production },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: 50 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
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
