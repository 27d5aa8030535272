import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createLogger, type Identity } from '@crm/platform';
import { defaultLiveLimits, startLiveServer, type LiveFeed } from '../../../router/src/live/live-server';
import { buildSchema } from 'graphql';
import { report } from '../support/measure';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const ORG = '00000000-0000-4000-8000-000000000001';
const DEAL = '00000000-0000-4000-8000-00000000d001';
type Envelope = Parameters<Parameters<LiveFeed>[1]>[0];
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token the stub verifier reads back (the live server only decodes its expiry itself). */
function token(userId: string): string {
  return `${base64url({ alg: 'none' })}.${base64url({ sub: userId, exp: Math.floor(Date.now() / 1000) + 3600 })}.bench`;
}

async function verifyToken(value: string): Promise<Identity> {
  const claims = JSON.parse(Buffer.from(value.split('.')[1]!, 'base64url').toString()) as { sub: string };
  // Admins of one organisation in one language: one access class, so one execution and one payload per event (ADR 0074).
  return { kind: 'user', userId: claims.sub, orgId: ORG, roles: ['ADMIN'] };
}

/** A thin `crm.deal.updated` event of the watched deal (the live feed's input). */
function dealUpdated(version: number): Envelope {
  const type = 'crm.deal.updated';
  return { specversion: '1.0', id: randomUUID(), source: '/bench/fanout', type, time: new Date().toISOString(), datacontenttype: 'application/json', dataschema: `urn:bench:${type}`, orgid: ORG, data: { dealId: DEAL, version } } as Envelope;
}

/** The deal card's answer as the gateway would give it, at the newest event's version (the hub drops a change a subscriber already has). */
function cardResult(version: number, withError: boolean) {
  const money = (amount: string) => ({ amount, currency: 'EUR' });
  return {
    data: {
      deal: { id: DEAL, title: `Fleet insurance renewal ${version}`, stage: 'NEGOTIATION', version, expectedPremium: money('125000.00'), moneySummary: { premiumPlanned: money('125000.00'), premiumPaid: money('62500.00') } },
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
  const schema = buildSchema(readFileSync(join(resolve(__dirname, '../../..'), 'schema/api-schema.graphql'), 'utf8'));

  let publish: (envelope: Envelope) => void = () => undefined;
  let published = 0;
  const httpServer = createServer();
  const live = await startLiveServer({
    httpServer,
    schema: () => schema,
    verifyToken,
    execute: async () => cardResult(published, withError),
    validationRules: [],
    parseOptions: {},
    maxCost: Number.MAX_SAFE_INTEGER,
    feed: async (_patterns, onEvent) => {
      publish = onEvent;
      return { close: async () => undefined };
    },
    limits: defaultLiveLimits,
    logger: createLogger({ name: 'bench-fanout', level: 'warn' }),
  });
  await new Promise<void>((listening) => httpServer.listen(0, '127.0.0.1', listening));
  const url = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;

  const clients = fork(resolve(__dirname, 'fanout-clients.ts'), { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let received = 0;
  let closed = 0;
  let waiters: (() => void)[] = [];
  const opened = new Promise<void>((done, fail) =>
    clients.on('message', (message: { ready?: true; opened?: number; failed?: string; received?: number; closed?: number }) => {
      if (message.ready) clients.send({ open: { url, tokens: Array.from({ length: subscribers }, (_, i) => token(`user-${i}`)), dealId: DEAL } });
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
  while (live.counts().subscriptions < subscribers) await new Promise((tick) => setTimeout(tick, 20));

  /** One event per turn of the event loop (the stub answers at once): events in one turn would coalesce into the latest. */
  const run = async (count: number): Promise<void> => {
    const until = published + count;
    while (received < until * subscribers) {
      if (closed > 0) throw new Error(`${closed} subscribers were disconnected`);
      if (published < until && received >= (published - window) * subscribers) {
        published += 1;
        publish(dealUpdated(published));
        await new Promise((turn) => setImmediate(turn));
      } else await progress();
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
  await live.stop();
  httpServer.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
