import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { EventEnvelope } from '@crm/contracts';
import { createLogger, type Identity } from '@crm/platform';
import { buildSchema, type FormattedExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { defaultLiveLimits, startLiveServer, type LiveLimits } from './live-server';

// ADR 0079: a shared live result is serialised once and spliced into each subscriber's `next` message.
// What a client receives must be byte for byte what graphql-ws itself sent before.

const ORG = 'org-1';
const DEAL = 'deal-1';
const schema = buildSchema(readFileSync(join(resolve(__dirname, '../../..'), 'schema/api-schema.graphql'), 'utf8'));
const CARD = 'subscription Card($id: ID!) { dealChanged(id: $id) { kind deal { id title version } } }';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (userId: string) => `${base64url({ alg: 'none' })}.${base64url({ sub: userId, exp: Math.floor(Date.now() / 1000) + 3600 })}.test`;
const verifyToken = async (value: string): Promise<Identity> => ({ kind: 'user', userId: JSON.parse(Buffer.from(value.split('.')[1]!, 'base64url').toString()).sub, orgId: ORG, roles: ['ADMIN'] });

function dealUpdated(version: number): EventEnvelope {
  return { specversion: '1.0', id: `event-${version}`, source: '/test', type: 'crm.deal.updated', time: new Date(0).toISOString(), datacontenttype: 'application/json', dataschema: 'urn:test', orgid: ORG, data: { dealId: DEAL, version } } as EventEnvelope;
}

/** The live server with a stubbed gateway: `answer(version)` is every execution's result at the newest event's version. */
async function liveServer(answer: (version: number) => FormattedExecutionResult, limits: Partial<LiveLimits> = {}) {
  let version = 0;
  let onEvent: (envelope: EventEnvelope) => void = () => undefined;
  const httpServer = createServer();
  const live = await startLiveServer({
    httpServer,
    schema: () => schema,
    verifyToken,
    execute: async () => answer(version),
    validationRules: [],
    parseOptions: {},
    maxCost: 1_000_000,
    feed: async (_patterns, feed) => ((onEvent = feed), { close: async () => undefined }),
    limits: { ...defaultLiveLimits, ...limits },
    logger: createLogger({ name: 'live-ws-send-test', level: 'silent' }),
  });
  await new Promise<void>((listening) => httpServer.listen(0, '127.0.0.1', listening));
  return {
    url: `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`,
    live,
    /** One event per turn (events in one turn coalesce into the latest). */
    async publish(): Promise<void> {
      version += 1;
      onEvent(dealUpdated(version));
      await new Promise((turn) => setImmediate(turn));
    },
    async stop(): Promise<void> {
      await live.stop();
      httpServer.close();
    },
  };
}

/** A raw graphql-transport-ws client: every frame as the text it carries (binary frames would fail the test). */
async function rawClient(url: string, userId: string) {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const frames: string[] = [];
  socket.on('message', (data, binary) => frames.push(binary ? '<binary>' : String(data)));
  await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token(userId)}`, language: 'en' } }));
  const until = async (count: number) => {
    while (frames.length < count) await once(socket, 'message');
  };
  await until(1);
  return { socket, frames, until };
}

const card = (version: number) => ({ data: { deal: { id: DEAL, title: `Renewal ${version}`, version } } });
const nextMessage = (id: string, payload: unknown) => JSON.stringify({ id, type: 'next', payload });

async function subscribed(server: Awaited<ReturnType<typeof liveServer>>, count: number): Promise<void> {
  while (server.live.counts().subscriptions < count) await new Promise((tick) => setTimeout(tick, 5));
}

describe('live graphql-ws delivery (a payload serialised once, ADR 0079)', () => {
  it('sends each subscriber the exact next message graphql-ws would, in text frames, in order', async () => {
    const server = await liveServer(card);
    const [a, b] = [await rawClient(server.url, 'user-a'), await rawClient(server.url, 'user-b')];
    try {
      expect(a.frames).toEqual(['{"type":"connection_ack"}']);
      a.socket.send(JSON.stringify({ id: 'a"1', type: 'subscribe', payload: { query: CARD, variables: { id: DEAL } } }));
      b.socket.send(JSON.stringify({ id: 'б-2', type: 'subscribe', payload: { query: CARD, variables: { id: DEAL } } }));
      await subscribed(server, 2);
      for (let i = 0; i < 3; i += 1) await server.publish();
      await Promise.all([a.until(4), b.until(4)]);
      const payload = (version: number) => ({ data: { dealChanged: { kind: 'UPDATED', deal: { id: DEAL, title: `Renewal ${version}`, version } } } });
      expect(a.frames.slice(1)).toEqual([1, 2, 3].map((version) => nextMessage('a"1', payload(version))));
      expect(b.frames.slice(1)).toEqual([1, 2, 3].map((version) => nextMessage('б-2', payload(version))));
    } finally {
      a.socket.close();
      b.socket.close();
      await server.stop();
    }
  });

  it('formats errors as GraphQLError.toJSON does (no locations), and a stock client parses them', async () => {
    const server = await liveServer((version) => ({
      ...card(version),
      errors: [{ message: 'Payments did not answer', locations: [{ line: 1, column: 2 }], path: ['deal', 'title'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
    }));
    const raw = await rawClient(server.url, 'user-a');
    const stock = createClient({ url: server.url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token('user-b')}` }, retryAttempts: 0, lazy: false });
    const received: unknown[] = [];
    try {
      raw.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: CARD, variables: { id: DEAL } } }));
      stock.subscribe({ query: CARD, variables: { id: DEAL } }, { next: (result) => void received.push(result), error: () => undefined, complete: () => undefined });
      await subscribed(server, 2);
      await server.publish();
      await raw.until(2);
      while (received.length < 1) await new Promise((tick) => setTimeout(tick, 5));
      const payload = {
        data: { dealChanged: { kind: 'UPDATED', deal: { id: DEAL, title: 'Renewal 1', version: 1 } } },
        errors: [{ message: 'Payments did not answer', path: ['deal', 'title'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
      };
      expect(raw.frames[1]).toBe(nextMessage('1', payload));
      expect(received).toEqual([payload]);
    } finally {
      raw.socket.close();
      await stock.dispose();
      await server.stop();
    }
  });

  it('sends FORBIDDEN then complete when access is lost', async () => {
    const server = await liveServer((version) => (version < 2 ? card(version) : { data: { deal: null }, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }));
    const raw = await rawClient(server.url, 'user-a');
    try {
      raw.socket.send(JSON.stringify({ id: '7', type: 'subscribe', payload: { query: CARD, variables: { id: DEAL } } }));
      await subscribed(server, 1);
      await server.publish();
      await server.publish();
      await raw.until(4);
      expect(raw.frames.slice(2)).toEqual([nextMessage('7', { errors: [{ message: 'Access to this deal was lost', extensions: { code: 'FORBIDDEN' } }] }), '{"id":"7","type":"complete"}']);
    } finally {
      raw.socket.close();
      await server.stop();
    }
  });

  it('closes a client too slow to take its results (4500) instead of queueing more', async () => {
    // Results large enough that the loopback's buffers fill and writes wait: the bounded queue fills behind them.
    const big = 'x'.repeat(1 << 20);
    const server = await liveServer((version) => ({ data: { deal: { id: DEAL, title: big, version } } }), { maxQueuedResults: 2 });
    const raw = await rawClient(server.url, 'user-a');
    try {
      raw.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: CARD, variables: { id: DEAL } } }));
      await subscribed(server, 1);
      (raw.socket as unknown as { _socket: { pause(): void } })._socket.pause();
      for (let i = 0; i < 40 && server.live.counts().subscriptions > 0; i += 1) await server.publish();
      (raw.socket as unknown as { _socket: { resume(): void } })._socket.resume();
      const [code, reason] = (await once(raw.socket, 'close')) as [number, Buffer];
      expect([code, String(reason)]).toEqual([4500, 'Subscriber too slow']);
      expect(raw.frames.length).toBeLessThan(41);
    } finally {
      await server.stop();
    }
  });
});
