import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createLogger, type TokenVerifier } from '@crm/platform';
import { createRouter } from '@crm/router';

/**
 * One gateway under load, in its own process (the runner pins it to one core): `stock` is
 * `@apollo/gateway` on `@apollo/server` as its README shows; `router` is the project's router with
 * rate limits off (one client address sends everything) and DEDUPLICATE_QUERIES as given.
 * Prints `{"port":…}` once it listens.
 */
async function main(): Promise<void> {
  const kind = process.env.BENCH_GATEWAY;
  const supergraphSdl = readFileSync(process.env.BENCH_SUPERGRAPH!, 'utf8');
  const subgraphUrls = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
  let port: number;
  if (kind === 'stock') {
    const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
    port = Number(new URL((await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } })).url).port);
  } else {
    const router = await createRouter({
      supergraphSdl,
      subgraphUrls,
      verifyToken: (() => Promise.reject(new Error('the bench sends no tokens'))) as unknown as TokenVerifier,
      logger: createLogger({ name: 'router', level: 'warn' }),
      production: true,
      corsOrigins: [],
      // The nested TestQuery is deeper and costlier than the CRM's own limits allow.
      limits: { maxDepth: 20, maxAliases: 15, maxCost: 1_000_000, maxTokens: 10_000 },
      protection: { rateLimits: { perAddress: 0, perUser: 0, perApiKey: 0 } },
      deduplicateQueries: process.env.DEDUPLICATE_QUERIES === 'true',
    });
    port = (await router.listen(0, '127.0.0.1')).port;
  }
  // A plain exit, so that `--cpu-prof` writes its profile.
  process.on('SIGTERM', () => process.exit(0));
  process.stdout.write(`${JSON.stringify({ port })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
