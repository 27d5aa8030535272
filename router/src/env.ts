import { envFields } from '@crm/platform';
import { telegramSecretTokenField, trustProxyField } from '@crm/platform/http';
import { z } from 'zod';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from './keep-alive-fetcher';
import { persistedOperationsField } from './persisted-operations';
import { protectionEnvShape } from './protection';
import { DEFAULT_MAX_BODY_BYTES, defaultQueryLimits, type QueryLimits } from './security';

/** The router's query limits (ADR 0020): the router and the embedded launcher both read them from here. */
export const queryLimitsEnvShape = {
  MAX_DEPTH: z.coerce.number().int().positive().default(defaultQueryLimits.maxDepth),
  MAX_ALIASES: z.coerce.number().int().positive().default(defaultQueryLimits.maxAliases),
  MAX_COST: z.coerce.number().int().positive().default(defaultQueryLimits.maxCost),
  MAX_TOKENS: z.coerce.number().int().positive().default(defaultQueryLimits.maxTokens),
};

export function queryLimitsFromEnv(env: { MAX_DEPTH: number; MAX_ALIASES: number; MAX_COST: number; MAX_TOKENS: number }): QueryLimits {
  return { maxDepth: env.MAX_DEPTH, maxAliases: env.MAX_ALIASES, maxCost: env.MAX_COST, maxTokens: env.MAX_TOKENS };
}

/** How much one request may ask of the router: the router and the embedded launcher both read them from here. */
export const requestBoundsEnvShape = {
  /** Largest request body in bytes (HTTP 413 above it). */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(DEFAULT_MAX_BODY_BYTES),
  /** Milliseconds a subgraph may stay silent (connect, headers, body) before its call fails. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_SUBGRAPH_TIMEOUT_MS),
  /** Identical concurrent queries (same document, variables, caller, language) share one execution (ADR 0061). */
  DEDUPLICATE_QUERIES: envFields.boolean.default(true),
};

export const routerEnvSchema = z.object({
  NODE_ENV: envFields.nodeEnv,
  LOG_LEVEL: envFields.logLevel,
  PORT: envFields.port.default(4000),
  HOST: z.string().default('0.0.0.0'),
  SUPERGRAPH_PATH: z.string().optional(),
  AUTH_JWKS_URL: envFields.url,
  CORS_ORIGINS: envFields.csv.default([]),
  ...queryLimitsEnvShape,
  /** Required to read /metrics in production (Bearer token); without it production serves no /metrics. */
  METRICS_TOKEN: envFields.optionalSecret,
  /** Serve `/metrics` only on this port (Prometheus inside the cluster, ADR 0057); the public port then never does. */
  METRICS_PORT: envFields.optionalPort,
  /** Whose X-Forwarded-For names the client: `loopback`, addresses/CIDRs, a hop count, or `false`. */
  TRUST_PROXY: trustProxyField.default('loopback'),
  /** Feeds the router's in-memory revocation view (ADR 0011); without it only the subgraphs refuse revoked tokens. */
  AMQP_URL: z.string().regex(/^amqps?:\/\//, 'must be an amqp:// URL').optional(),
  BUS_EXCHANGE: z.string().default('crm.events'),
  /** The built web app to serve at `/` (e.g. `web/dist`); unset: the router serves the API only. */
  WEB_DIST_DIR: z.string().optional(),
  /** `required` (production default): only ids from `schema/operations/` manifests; `allowed` (development default): any document too. */
  PERSISTED_OPERATIONS: persistedOperationsField,
  ...requestBoundsEnvShape,
  ...protectionEnvShape,
  /** Telegram's webhook at `/telegram/webhook` (issue 17): its secret token, and the bot process updates go to (`http://bot:4010/updates`). */
  TELEGRAM_WEBHOOK_SECRET: telegramSecretTokenField,
  BOT_URL: envFields.url.optional(),
});

export type RouterEnv = z.infer<typeof routerEnvSchema>;

/** `SUBGRAPH_AUTH_URL=http://auth:4001/graphql` overrides the routing URL composed into the supergraph. */
export function subgraphUrlsFromEnv(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source)
      .map(([key, value]) => [/^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key)?.[1]?.toLowerCase(), value] as const)
      .filter((entry): entry is readonly [string, string] => Boolean(entry[0] && entry[1])),
  );
}
