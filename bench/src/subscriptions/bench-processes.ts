import { spawnService } from '../../../tests/e2e/support/spawn-service';
import { startChild } from '../gateway/child';

/** What `system-process.ts` prints once its subgraphs are up. */
export interface SubgraphsReady {
  subgraphUrls: Record<string, string>;
  amqpUrl: string;
}

/**
 * The live benches' subgraphs: every subgraph in one child process (`system-process.ts`: a fresh PostgreSQL
 * database and RabbitMQ vhost); BENCH_SUBGRAPHS_CPU_PROF=<dir> profiles it.
 */
export function startBenchSubgraphs() {
  return startChild<SubgraphsReady>('../subscriptions/system-process.ts', {
    readyKey: 'subgraphUrls',
    env: { TEST_MODE: 'distributed' },
    nodeArgs: process.env.BENCH_SUBGRAPHS_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_SUBGRAPHS_CPU_PROF] : [],
  });
}

/**
 * The router as deployed (`router/src/main.ts`, its own process) in front of the bench's subgraphs
 * process, its live queue on the same vhost; rate limits off, because one client address sends everything.
 */
export function spawnBenchRouter(port: number, subgraphs: SubgraphsReady, env: Record<string, string> = {}, nodeArgs: string[] = []) {
  return spawnService(
    'router/src/main.ts',
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      AUTH_JWKS_URL: subgraphs.subgraphUrls.auth!.replace(/\/graphql$/, '/.well-known/jwks.json'),
      ...Object.fromEntries(Object.entries(subgraphs.subgraphUrls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url])),
      AMQP_URL: subgraphs.amqpUrl,
      RATE_LIMIT_PER_ADDRESS: '0',
      RATE_LIMIT_PER_USER: '0',
      RATE_LIMIT_PER_API_KEY: '0',
      ...env,
    },
    nodeArgs,
  );
}
