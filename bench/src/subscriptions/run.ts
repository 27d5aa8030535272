import { freePort, waitUntilReady } from '../../../tests/e2e/support/spawn-service';
import { spawnBenchRouter, startBenchSubgraphs } from './bench-processes';
import { report } from '../support/measure';
import { createGraphQLClient } from '../support/graphql-client';
import { adminToken, benchDeals, benchUsers } from './fixtures';
import { createBusEvents, createDealRenames } from './deal-events';
import { CONNECTIONS_PER_USER, idleSubscribers, oneDealWatchers, steadyEvents, type LiveBench } from './scenarios';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * `pnpm bench:subscriptions`: live subscriptions in distributed mode. The subgraphs run in one process
 * (fresh PostgreSQL database, RabbitMQ vhost), the router in its own from `router/src/main.ts` as
 * deployed (its live queue bound on that vhost); graphql-ws clients in this process each watch a deal's
 * card. Events (BENCH_DRIVER): `bus` (default) publishes thin `crm.journal.entry_added` events of real deals
 * straight to RabbitMQ, so the router's work per event is measured; `mutations` renames deals with
 * `updateDeal` through the router (the subgraphs' write path, outbox and relay included). Scenarios (BENCH_ONLY=idle|one|steady):
 * (a) BENCH_SUBSCRIBERS (2000) idle subscribers: router RSS per 1,000;
 * (b) BENCH_WATCHERS (50) watchers of one deal, BENCH_ONE_DEAL_EVENTS (20) events one at a time: p50/p99;
 * (c) BENCH_STEADY_SUBSCRIBERS (1000) over BENCH_DEALS (200) deals, BENCH_EVENTS_PER_SECOND (100) for
 * BENCH_SECONDS (30): p50/p99, events/s, router RSS over time and CPU.
 * BENCH_SUBSCRIPTIONS_PER_CONNECTION (1); BENCH_CPU_PROF=<dir> profiles the router, BENCH_SUBGRAPHS_CPU_PROF=<dir> the subgraphs process; BENCH_HEAP_SNAPSHOT=<dir> takes its heap snapshot in (a), and in (c) before and after the events (the heap after a full GC: growth or not). One JSON line per scenario, then a table.
 */
async function main(): Promise<void> {
  const idle = setting('BENCH_SUBSCRIBERS', 2000);
  const watchers = setting('BENCH_WATCHERS', 50);
  const steady = setting('BENCH_STEADY_SUBSCRIBERS', 1000);
  const subscriptionsPerConnection = setting('BENCH_SUBSCRIPTIONS_PER_CONNECTION', 1);
  const only = process.env.BENCH_ONLY;
  const runs = (name: string) => !only || only.split(',').includes(name);
  const sockets = Math.ceil(Math.max(runs('idle') ? idle : 0, runs('one') ? watchers : 0, runs('steady') ? steady : 0) / subscriptionsPerConnection);

  const system = await startBenchSubgraphs();
  const port = await freePort();
  const profile = [
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : []),
    // (a) signals the router for a heap snapshot once its subscribers are settled, (c) before and after its events.
    ...(process.env.BENCH_HEAP_SNAPSHOT ? ['--heapsnapshot-signal=SIGUSR2', '--diagnostic-dir', process.env.BENCH_HEAP_SNAPSHOT] : []),
  ];
  const router = spawnBenchRouter(port, system.ready, {}, profile);
  const rows: Record<string, unknown>[] = [];
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitUntilReady(`${origin}/readyz`, router);
    const client = createGraphQLClient(`${origin}/graphql`, 16);
    const admin = await adminToken(client);
    const bench: LiveBench = {
      routerUrl: `${origin}/graphql`,
      metricsUrl: `${origin}/metrics`,
      routerPid: router.process.pid!,
      subgraphsPid: system.process.pid!,
      users: await benchUsers(client, admin, Math.ceil(sockets / CONNECTIONS_PER_USER)),
      deals: await benchDeals(client, admin, setting('BENCH_DEALS', 200)),
      subscriptionsPerConnection,
      events: process.env.BENCH_DRIVER === 'mutations' ? createDealRenames(client, admin) : await createBusEvents(system.ready.amqpUrl, admin),
    };
    const mode = { mode: 'distributed: router process + subgraphs process, PostgreSQL, RabbitMQ', driver: bench.events.driver };
    const add = (row: Record<string, unknown>) => {
      report({ ...row, ...mode });
      rows.push(row);
    };
    // Without (b) in between, (c) goes on with (a)'s subscribers when they are as many (opening 10,000 takes minutes).
    const reuse = runs('idle') && runs('steady') && !runs('one') && idle === steady;
    const kept = runs('idle') ? await idleSubscribers(bench, idle, reuse) : undefined;
    if (kept) add(kept.row);
    if (runs('one')) add(await oneDealWatchers(bench, watchers, setting('BENCH_ONE_DEAL_EVENTS', 20)));
    if (runs('steady')) add(await steadyEvents(bench, steady, setting('BENCH_EVENTS_PER_SECOND', 100), setting('BENCH_SECONDS', 30), kept?.pool));
    await bench.events.close();
    await client.close();
  } finally {
    await router.terminate();
    await system.stop();
  }
  const columns = ['scenario', 'subscribers', 'connections', 'events_per_s', 'delivered', 'missed', 'p50_ms', 'p99_ms', 'router_rss_mib', 'rss_per_1000_mib', 'router_rss_start_mib', 'router_rss_end_mib', 'router_cpu_cores', 'subgraphs_cpu_cores'];
  console.table(rows.map((row) => Object.fromEntries(columns.filter((column) => column in row).map((column) => [column, row[column]]))));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
