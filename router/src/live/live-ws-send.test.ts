import { once } from 'node:events';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startStubLiveServer, STUB_DEAL as DEAL, stubToken as token } from '../../../tests/e2e/support/live-stub-server';

// ADR 0079: a shared live result is serialised once and spliced into each subscriber's `next` message.
// What a client receives must be byte for byte what graphql-ws itself sent before.

const CARD = 'subscription Card($id: ID!) { dealChanged(id: $id) { kind deal { id title version } } }';

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

describe('live graphql-ws delivery (a payload serialised once, ADR 0079)', () => {
  it('sends each subscriber the exact next message graphql-ws would, in text frames, in order', async () => {
    const server = await startStubLiveServer(card);
    const [a, b] = [await rawClient(server.url, 'user-a'), await rawClient(server.url, 'user-b')];
    try {
      expect(a.frames).toEqual(['{"type":"connection_ack"}']);
      a.socket.send(JSON.stringify({ id: 'a"1', type: 'subscribe', payload: { query: CARD, variables: { id: DEAL } } }));
      b.socket.send(JSON.stringify({ id: 'б-2', type: 'subscribe', payload: { query: CARD, variables: { id: DEAL } } }));
      await server.subscribed(2);
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
    const server = await startStubLiveServer((version) => ({
      ...card(version),
      errors: [{ message: 'Payments did not answer', locations: [{ line: 1, column: 2 }], path: ['deal', 'title'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }],
    }));
    const raw = await rawClient(server.url, 'user-a');
    const stock = createClient({ url: server.url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token('user-b')}` }, retryAttempts: 0, lazy: false });
    const received: unknown[] = [];
    try {
      raw.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: CARD, variables: { id: DEAL } } }));
      stock.subscribe({ query: CARD, variables: { id: DEAL } }, { next: (result) => void received.push(result), error: () => undefined, complete: () => undefined });
      await server.subscribed(2);
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
    const server = await startStubLiveServer((version) => (version < 2 ? card(version) : { data: { deal: null }, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }));
    const raw = await rawClient(server.url, 'user-a');
    try {
      raw.socket.send(JSON.stringify({ id: '7', type: 'subscribe', payload: { query: CARD, variables: { id: DEAL } } }));
      await server.subscribed(1);
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
    const server = await startStubLiveServer((version) => ({ data: { deal: { id: DEAL, title: big, version } } }), { maxQueuedResults: 2 });
    const raw = await rawClient(server.url, 'user-a');
    try {
      raw.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: CARD, variables: { id: DEAL } } }));
      await server.subscribed(1);
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
