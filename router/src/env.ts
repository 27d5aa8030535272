import { envFields } from '@crm/platform';
import { z } from 'zod';

export const routerEnvSchema = z.object({
  NODE_ENV: envFields.nodeEnv,
  LOG_LEVEL: envFields.logLevel,
  PORT: envFields.port.default(4000),
  HOST: z.string().default('0.0.0.0'),
  SUPERGRAPH_PATH: z.string().optional(),
  AUTH_JWKS_URL: envFields.url,
  CORS_ORIGINS: envFields.csv.default([]),
  MAX_DEPTH: z.coerce.number().int().positive().default(12),
  MAX_ALIASES: z.coerce.number().int().positive().default(15),
  MAX_COST: z.coerce.number().int().positive().default(5000),
  MAX_TOKENS: z.coerce.number().int().positive().default(3000),
  /** The built web app to serve at `/` (e.g. `web/dist`); unset: the router serves the API only. */
  WEB_DIST_DIR: z.string().optional(),
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
