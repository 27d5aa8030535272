import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '@crm/platform';
import { Gauge, type Registry } from 'prom-client';
import { authApiKeyExchange, cachedApiKeys } from './partners/partner-keys';
import { defaultProtection, type RouterProtection } from './protection';
import { createTokenBuckets } from './rate-limit/rate-limits';
import { createCircuitBreakers } from './resilience/circuit-breaker';
import { guardedFetcher } from './resilience/guarded-fetcher';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * What stands between callers and the subgraphs (ADRs 0024-0026): rate-limit buckets, a circuit
 * breaker and the request deadline on each subgraph's calls, and partner keys checked with Auth.
 */
export function routerGuards(options: Partial<RouterProtection> | undefined, registry: Registry, logger: Logger) {
  const protection: RouterProtection = {
    ...defaultProtection,
    ...options,
    rateLimits: { ...defaultProtection.rateLimits, ...options?.rateLimits },
    breaker: { ...defaultProtection.breaker, ...options?.breaker },
  };
  const breakers = createCircuitBreakers(protection.breaker);
  const subgraphUrls = new Map<string, string>();
  const buckets = createTokenBuckets({ redisUrl: protection.redisUrl, prefix: protection.redisPrefix });
  new Gauge({
    name: 'router_open_circuits',
    help: 'Subgraphs whose circuit breaker is open or probing',
    registers: [registry],
    collect() {
      this.set(Object.values(breakers.states()).filter((state) => state !== 'closed').length);
    },
  });
  // Auth's URL is known once the gateway has built its data sources; a router without Auth knows no keys.
  const apiKeys = cachedApiKeys(
    async (secret) => {
      const authUrl = subgraphUrls.get('auth');
      return authUrl ? authApiKeyExchange(authUrl)(secret) : null;
    },
    { cacheMs: protection.apiKeyCacheMs },
  );
  logger.debug({ rateLimits: protection.rateLimits, shared: Boolean(protection.redisUrl) }, 'router protection');
  return {
    /** Notes a subgraph's URL as the gateway routes to it (Auth's is where API keys are checked). */
    route(subgraph: string, url: string): string {
      subgraphUrls.set(subgraph, url);
      return url;
    },
    fetcher: (subgraph: string, base: Fetcher): Fetcher => guardedFetcher(base, breakers.for(subgraph)),
    circuits: breakers.states,
    /** For {@link callerContext}. */
    callers: { apiKeys, buckets, rateLimits: protection.rateLimits, requestDeadlineMs: protection.requestDeadlineMs },
    close: () => buckets.close(),
  };
}
