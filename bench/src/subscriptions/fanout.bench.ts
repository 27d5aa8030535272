import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStubLiveServer, STUB_DEAL, stubToken } from '../../../tests/e2e/support/live-stub-server';
import { report } from '../support/measure';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** The deal card's answer as the gateway would give it, at the newest event's version (the hub drops a change a subscriber already has). */
function cardResult(version: number, withError: boolean) {
  const money = (amount: string) => ({ amount, currency: 'EUR' });
  return {
    data: {
      deal: { id: STUB_DEAL, title: `Fleet insurance renewal ${version}`, stage: 'NEGOTIATION', version, expectedPremium: money('125000.00'), moneySummary: { premiumPlanned: money('125000.00'), premiumPaid: money('62500.00') } },
    },
    ...(withError ? { errors: [{ message: 'Payments did not answer', path: ['deal', 'moneySummary'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] } : {}),
  };
}

/**
 * `pnpm bench:live:fanout`: the router's delivery fan-out alone (issue 12). The live server runs in
 * this process on a loopback port with a stubbed gateway (every execution answers the deal card at
 * once) and stubbed tokens; BENCH_FANOUT_SUBSCRIBERS (2000) stock graphql-ws clients in a child
 * process watch one deal. BENCH_FANOUT_EVENTS (50) events are published into the live feed, at most
 * BENCH_FANOUT_WINDOW (4) ahead of the slowest delivery (the queue bound, 50, never reached), after
 * BENCH_FANOUT_WARMUP (5). BENCH_FANOUT_ERRORS=1: each result carries a partial error. Prints one JSON
 * line: this process's CPU ms per 1,000 deliveries and deliveries/s.
 */
async function main(): Promise<void> {
  const subscribers = setting('BENCH_FANOUT_SUBSCRIBERS', 2000);
  const events = setting('BENCH_FANOUT_EVENTS', 50);
  const warmup = setting('BENCH_FANOUT_WARMUP', 5);
  const window = setting('BENCH_FANOUT_WINDOW', 4);
  const withError = process.env.BENCH_FANOUT_ERRORS === '1';
  const server = await startStubLiveServer((version) => cardResult(version, withError));
  const { url } = server;

  const clients = fork(resolve(__dirname, 'fanout-clients.ts'), { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let received = 0;
  let closed = 0;
  let waiters: (() => void)[] = [];
  const opened = new Promise<void>((done, fail) =>
    clients.on('message', (message: { ready?: true; opened?: number; failed?: string; received?: number; closed?: number }) => {
      if (message.ready) clients.send({ open: { url, tokens: Array.from({ length: subscribers }, (_, i) => stubToken(`user-${i}`)), dealId: STUB_DEAL } });
      if (message.opened !== undefined) done();
      if (message.failed) fail(new Error(message.failed));
      if (message.received !== undefined) {
        received = message.received;
        closed = message.closed ?? 0;
        const ready = waiters;
        waiters = [];
        ready.forEach((wake) => wake());
      }
    }),
  );
  const progress = () => new Promise<void>((wake) => waiters.push(wake));
  await opened;
  await server.subscribed(subscribers);

  const run = async (count: number): Promise<void> => {
    const until = server.published() + count;
    while (received < until * subscribers) {
      if (closed > 0) throw new Error(`${closed} subscribers were disconnected`);
      if (server.published() < until && received >= (server.published() - window) * subscribers) await server.publish();
      else await progress();
    }
  };
  await run(warmup);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run(events);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const deliveries = events * subscribers;
  report({
    name: 'live fan-out',
    subscribers,
    events,
    errors: withError,
    deliveries,
    router_cpu_ms_per_1000_deliveries: Math.round(((used.user + used.system) / 1000 / (deliveries / 1000)) * 100) / 100,
    deliveries_per_s: Math.round(deliveries / seconds),
    loadavg: process.platform === 'linux' ? readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : undefined,
  });
  clients.send({ stop: true });
  await new Promise((exited) => clients.once('exit', exited));
  await server.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
