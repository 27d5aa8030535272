import { freePort, waitUntilReady } from '../../../tests/e2e/support/spawn-service';
import { cpuMs } from '../gateway/process-usage';
import { createGraphQLClient } from '../support/graphql-client';
import { measure, report } from '../support/measure';
import { adminToken, benchDeals } from '../subscriptions/fixtures';
import { spawnBenchRouter, startBenchSubgraphs } from '../subscriptions/bench-processes';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** The deal part of the live bench's card subscription (`DEAL_CARD_SUBSCRIPTION`): what each live event runs as the subscriber. */
const LIVE_CARD_QUERY = 'query LiveCard($id: ID!) { deal(id: $id) { id title stage version expectedPremium { amount currency } moneySummary { premiumPlanned { amount } premiumPaid { amount } } } }';

/**
 * `pnpm bench:live:card`: the subgraphs' CPU per live deal card query (one CRM call, one Payments call).
 * The subgraphs run in one process (the live bench's: fresh PostgreSQL database, RabbitMQ vhost), the
 * router in its own from `router/src/main.ts`, with query deduplication off so that every request reaches
 * the subgraphs. BENCH_REQUESTS (2000) queries as the demo admin, BENCH_CONCURRENCY (8) at a time, over
 * BENCH_DEALS (16) deals in turn; prints queries/s, latency and the CPU milliseconds per query of the
 * subgraphs process (also less its idle CPU over BENCH_IDLE_SECONDS, 10, before the run) and of the router
 * (from /proc). BENCH_SUBGRAPHS_CPU_PROF=<dir> profiles the subgraphs.
 * Needs PostgreSQL and RabbitMQ (TEST_MODE=distributed is set for the child).
 */
async function main(): Promise<void> {
  const requests = setting('BENCH_REQUESTS', 2000);
  const concurrency = setting('BENCH_CONCURRENCY', 8);
  const system = await startBenchSubgraphs();
  const port = await freePort();
  // Every request must reach the subgraphs.
  const router = spawnBenchRouter(port, system.ready, { DEDUPLICATE_QUERIES: 'false' });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitUntilReady(`${origin}/readyz`, router);
    const client = createGraphQLClient(`${origin}/graphql`, concurrency);
    const admin = await adminToken(client);
    const deals = await benchDeals(client, admin, setting('BENCH_DEALS', 16));
    const run = (i: number) => client.post(LIVE_CARD_QUERY, { id: deals[i % deals.length]!.id }, admin).then(() => undefined);
    await measure({ name: 'warm-up', concurrency, requests: 200, warmup: 0, run });
    // The subgraphs' own background work (outbox relays, job polls) costs CPU per second, not per query:
    // measured idle first and subtracted for the run's duration, so a slower run does not look costlier per query.
    const idleSeconds = setting('BENCH_IDLE_SECONDS', 10);
    const idleBefore = cpuMs(system.process.pid!);
    await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
    const idleMsPerSecond = (cpuMs(system.process.pid!) - idleBefore) / idleSeconds;
    const subgraphsBefore = cpuMs(system.process.pid!);
    const routerBefore = cpuMs(router.process.pid!);
    const started = performance.now();
    const result = await measure({ name: 'live deal card query via router', concurrency, requests, warmup: 0, run });
    const seconds = (performance.now() - started) / 1000;
    const round = (value: number) => Math.round(value * 100) / 100;
    const subgraphsMs = cpuMs(system.process.pid!) - subgraphsBefore;
    report({
      bench: 'live-card',
      ...result,
      subgraphs_cpu_ms_per_query: round(subgraphsMs / requests),
      subgraphs_idle_cpu_ms_per_s: round(idleMsPerSecond),
      subgraphs_cpu_ms_per_query_less_idle: round((subgraphsMs - idleMsPerSecond * seconds) / requests),
      router_cpu_ms_per_query: round((cpuMs(router.process.pid!) - routerBefore) / requests),
      mode: 'distributed: router process + subgraphs process, PostgreSQL',
    });
    await client.close();
  } finally {
    await router.terminate();
    await system.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
