import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cpuMs, rssMiB } from '../gateway/process-usage';
import type { BenchDeal } from './fixtures';
import type { DealEvents } from './deal-events';
import { openSubscribers, type SubscriberPool, type Watch } from './live-subscribers';
import { routerLiveMetrics, untilLive } from './router-live-metrics';

export interface LiveBench {
  routerUrl: string;
  metricsUrl: string;
  routerPid: number;
  /** The process every subgraph runs in (the per-event queries land there). */
  subgraphsPid: number;
  /** Access tokens of distinct users: a socket's user is chosen so that none has more than 10 sockets. */
  users: string[];
  deals: BenchDeal[];
  subscriptionsPerConnection: number;
  events: DealEvents;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * The router's heap in use right after a full GC (MiB), or undefined without BENCH_HEAP_SNAPSHOT: the
 * heap-snapshot signal collects everything first, so the heap read once the snapshot is written is what
 * the router holds — growth between two such readings is kept state, not garbage a GC has not reached yet.
 */
async function liveHeapAfterFullGc(bench: LiveBench): Promise<number | undefined> {
  const dir = process.env.BENCH_HEAP_SNAPSHOT;
  if (!dir) return undefined;
  const snapshots = () => readdirSync(dir).filter((name) => name.endsWith('.heapsnapshot'));
  const known = new Set(snapshots());
  process.kill(bench.routerPid, 'SIGUSR2');
  // Written when the file appeared and its size stopped changing.
  let size = -1;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(1_000)) {
    const written = snapshots().find((name) => !known.has(name));
    if (!written) continue;
    const now = statSync(join(dir, written)).size;
    if (now > 0 && now === size) break;
    size = now;
  }
  return (await routerLiveMetrics(bench.metricsUrl)).heap_used_mib;
}
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Sockets a user may hold on the router (its default `maxConnectionsPerUser`). */
export const CONNECTIONS_PER_USER = 10;

/** Which of the bench's users subscriber i is (of `count`): consecutive subscriptions share a socket, users take sockets in turn. */
function userOf(bench: LiveBench, count: number, i: number): number {
  const users = Math.ceil(Math.ceil(count / bench.subscriptionsPerConnection) / CONNECTIONS_PER_USER);
  return Math.floor(i / bench.subscriptionsPerConnection) % users;
}

/** Opens `count` subscriptions, subscriber i watching `dealOf(i)`; waits until the router counts them all. */
async function subscribe(bench: LiveBench, count: number, dealOf: (i: number) => BenchDeal): Promise<SubscriberPool> {
  const connections = Math.ceil(count / bench.subscriptionsPerConnection);
  const users = Math.ceil(connections / CONNECTIONS_PER_USER);
  if (users > bench.users.length) throw new Error(`${connections} sockets need ${users} users, the bench made ${bench.users.length}`);
  const watches: Watch[] = Array.from({ length: count }, (_, i) => ({ token: bench.users[userOf(bench, count, i)]!, dealId: dealOf(i).id }));
  await untilLive(bench.metricsUrl, (live) => live.subscriptions === 0 && live.connections === 0);
  return openSubscribers(bench.routerUrl, watches, {
    subscriptionsPerConnection: bench.subscriptionsPerConnection,
    batch: 100,
    waitActive: (n) => untilLive(bench.metricsUrl, (live) => live.subscriptions >= n),
    onPayload: bench.events.onPayload,
  });
}

async function closePool(bench: LiveBench, pool: SubscriberPool): Promise<void> {
  await pool.close();
  await untilLive(bench.metricsUrl, (live) => live.subscriptions === 0 && live.connections === 0);
}

/** (a) `count` idle subscribers: the router's RSS before and after, per 1,000, and projected to 10,000; `keep`: the pool stays open (for (c)). */
export async function idleSubscribers(bench: LiveBench, count: number, keep = false): Promise<{ row: Record<string, unknown>; pool: SubscriberPool | undefined }> {
  const before = rssMiB(bench.routerPid).rss_mib;
  const opened = performance.now();
  const pool = await subscribe(bench, count, (i) => bench.deals[i % bench.deals.length]!);
  const subscribeSeconds = (performance.now() - opened) / 1000;
  // Settle: the subscribe-time probes' garbage and buffers; the RSS left is what idle subscribers hold.
  await sleep(10_000);
  const after = rssMiB(bench.routerPid);
  const live = await routerLiveMetrics(bench.metricsUrl);
  if (process.env.BENCH_HEAP_SNAPSHOT) {
    process.kill(bench.routerPid, 'SIGUSR2');
    await sleep(30_000);
  }
  const perThousand = ((after.rss_mib - before) / count) * 1000;
  const row = {
    bench: 'subscriptions',
    scenario: 'idle',
    subscribers: live.subscriptions,
    connections: live.connections,
    subscribe_per_s: round(count / subscribeSeconds),
    router_rss_before_mib: before,
    router_rss_mib: after.rss_mib,
    router_peak_rss_mib: after.peak_rss_mib,
    router_heap_used_mib: live.heap_used_mib,
    router_heap_total_mib: live.heap_total_mib,
    router_external_mib: live.external_mib,
    rss_per_1000_mib: round(perThousand),
    projected_10000_mib: round(before + perThousand * 10),
    ended: pool.ended(),
  };
  if (keep) return { row, pool };
  await closePool(bench, pool);
  return { row, pool: undefined };
}

/** (b) `watchers` subscribers of one deal, `events` events one after another: each one's delivery to all of them. */
export async function oneDealWatchers(bench: LiveBench, watchers: number, events: number) {
  const deal = bench.deals[0]!;
  const pool = await subscribe(bench, watchers, () => deal);
  bench.events.reset();
  const before = await routerLiveMetrics(bench.metricsUrl);
  for (let i = 0; i < events; i += 1) {
    const key = await bench.events.emit(deal, watchers);
    const deadline = performance.now() + 5_000;
    while (bench.events.received(key) < watchers && performance.now() < deadline) await sleep(5);
    await sleep(100);
  }
  const after = await routerLiveMetrics(bench.metricsUrl);
  const users = Math.ceil(Math.ceil(watchers / bench.subscriptionsPerConnection) / CONNECTIONS_PER_USER);
  const row = {
    bench: 'subscriptions',
    scenario: 'one deal, many watchers',
    subscribers: watchers,
    connections: pool.connections,
    watching_users: users,
    ...bench.events.stats(),
    executions_per_event: round((after.executions - before.executions) / events),
    ended: pool.ended(),
  };
  await closePool(bench, pool);
  return row;
}

/**
 * (c) `count` subscribers (`opened`, or opened here) spread over every deal, `rate` events a second for `seconds` (round-robin over
 * the deals; a deal whose previous event is still in flight is skipped): delivery latency, and the
 * router's RSS every 5 s (does it grow?) and CPU.
 */
export async function steadyEvents(bench: LiveBench, count: number, rate: number, seconds: number, opened?: SubscriberPool) {
  const { deals } = bench;
  const watchersOf = new Map<string, number>();
  // (a)'s pool when it kept the same subscribers open (subscriber i watching deal i mod deals).
  const pool = opened ?? (await subscribe(bench, count, (i) => deals[i % deals.length]!));
  const usersOf = new Map<string, Set<number>>();
  for (let i = 0; i < count; i += 1) {
    const dealId = deals[i % deals.length]!.id;
    watchersOf.set(dealId, (watchersOf.get(dealId) ?? 0) + 1);
    usersOf.set(dealId, (usersOf.get(dealId) ?? new Set()).add(userOf(bench, count, i)));
  }
  const usersPerDeal = [...usersOf.values()].map((users) => users.size);
  const liveHeapStart = await liveHeapAfterFullGc(bench);
  bench.events.reset();
  const before = await routerLiveMetrics(bench.metricsUrl);
  const rss: number[] = [rssMiB(bench.routerPid).rss_mib];
  const sampler = setInterval(() => rss.push(rssMiB(bench.routerPid).rss_mib), 5_000);
  const cpuBefore = cpuMs(bench.routerPid);
  const subgraphsCpuBefore = cpuMs(bench.subgraphsPid);
  const started = performance.now();
  const inFlight = new Set<string>();
  const pending: Promise<unknown>[] = [];
  let skipped = 0;
  for (let k = 0; performance.now() - started < seconds * 1000; k += 1) {
    await sleep(started + (k * 1000) / rate - performance.now());
    const deal = deals[k % deals.length]!;
    if (inFlight.has(deal.id)) {
      skipped += 1;
      continue;
    }
    inFlight.add(deal.id);
    pending.push(bench.events.emit(deal, watchersOf.get(deal.id) ?? 0).finally(() => inFlight.delete(deal.id)));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  const drainUntil = performance.now() + 10_000;
  while (!bench.events.allDelivered() && performance.now() < drainUntil) await sleep(50);
  clearInterval(sampler);
  const cpu = cpuMs(bench.routerPid) - cpuBefore;
  const subgraphsCpu = cpuMs(bench.subgraphsPid) - subgraphsCpuBefore;
  const after = await routerLiveMetrics(bench.metricsUrl);
  rss.push(rssMiB(bench.routerPid).rss_mib);
  const liveHeapEnd = await liveHeapAfterFullGc(bench);
  const stats = bench.events.stats();
  const row = {
    bench: 'subscriptions',
    scenario: 'steady events',
    subscribers: count,
    connections: pool.connections,
    deals: deals.length,
    // Who watches: every user is an ADMIN of one organisation (one access class, ADR 0074), `users` of them, 10 sockets each.
    users: new Set(Array.from({ length: count }, (_, i) => userOf(bench, count, i))).size,
    watchers_per_deal: `${Math.min(...watchersOf.values())}–${Math.max(...watchersOf.values())}`,
    watching_users_per_deal: `${Math.min(...usersPerDeal)}–${Math.max(...usersPerDeal)}`,
    watcher_roles: 'ADMIN',
    seconds,
    events_per_s: round(stats.events / elapsed),
    deliveries_per_s: round(stats.delivered / elapsed),
    skipped_busy_deal: skipped,
    ...stats,
    executions: after.executions - before.executions,
    coalesced: after.coalesced - before.coalesced,
    own_retries: after.ownRetries - before.ownRetries,
    own_confirms: after.ownConfirms - before.ownConfirms,
    router_cpu_cores: round(cpu / 1000 / elapsed, 2),
    subgraphs_cpu_cores: round(subgraphsCpu / 1000 / elapsed, 2),
    router_rss_start_mib: rss[0],
    router_rss_end_mib: rss.at(-1),
    router_rss_max_mib: Math.max(...rss),
    // Growth shows as a higher ceiling late than early (the samples themselves are a GC sawtooth).
    router_rss_first_third_max_mib: Math.max(...rss.slice(0, Math.ceil(rss.length / 3))),
    router_rss_last_third_max_mib: Math.max(...rss.slice(-Math.ceil(rss.length / 3))),
    router_rss_samples_mib: rss.join(' '),
    // With BENCH_HEAP_SNAPSHOT: the heap the router holds after a full GC, before the events and after them.
    router_live_heap_start_mib: liveHeapStart,
    router_live_heap_end_mib: liveHeapEnd,
    ended: pool.ended(),
  };
  await closePool(bench, pool);
  return row;
}
