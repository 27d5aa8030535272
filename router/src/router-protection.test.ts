import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@crm/platform';
import { createTestKeys } from '@crm/platform/testing';
import { createRouter, type RouterOptions, type RouterServer } from './create-router';
import { defaultQueryLimits } from './security';
import { probeSupergraph } from './testing/probe-supergraph';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type Answer = { data?: { ping?: string } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** A stand-in for the probe subgraph whose behaviour a test switches: up, failing, or silent. */
async function switchableSubgraph() {
  let handler: Handler = () => undefined;
  const state = { calls: 0 };
  const server: Server = createServer((req, res) => {
    state.calls += 1;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const json = (status: number, body: unknown) => (_req: IncomingMessage, res: ServerResponse) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    state,
    up: () => (handler = json(200, { data: { ping: 'pong' } })),
    down: () => (handler = json(503, { errors: [{ message: 'down' }] })),
    silent: () => (handler = () => undefined),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function startRouter(subgraphUrl: string, protection: RouterOptions['protection']) {
  const router = await createRouter({
    supergraphSdl: probeSupergraph(),
    subgraphUrls: { probe: subgraphUrl },
    verifyToken: (await createTestKeys()).verifier,
    logger: createLogger({ name: 'test', level: 'silent' }),
    production: true,
    corsOrigins: [],
    limits: defaultQueryLimits,
    protection,
  });
  const base = (await router.listen(0, '127.0.0.1')).url;
  const post = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ ping }' }) });
    return { response, body: (await response.json()) as Answer };
  };
  return { router, base, post };
}

describe('router protection', () => {
  const subgraphs: Awaited<ReturnType<typeof switchableSubgraph>>[] = [];
  const routers: RouterServer[] = [];
  afterAll(async () => {
    for (const router of routers) await router.stop();
    for (const subgraph of subgraphs) await subgraph.close();
  });
  const setUp = async (protection: RouterOptions['protection']) => {
    const subgraph = await switchableSubgraph();
    subgraphs.push(subgraph);
    const started = await startRouter(subgraph.url, protection);
    routers.push(started.router);
    return { subgraph, ...started };
  };

  it('answers 429 with Retry-After and the limit once a client address has used its bucket; other addresses go on', async () => {
    const { subgraph, post } = await setUp({ rateLimits: { perAddress: 2, perUser: 0, perApiKey: 0 } });
    subgraph.up();
    const from = { 'x-forwarded-for': '203.0.113.7' };
    expect((await post(from)).body.data?.ping).toBe('pong');
    expect((await post(from)).body.data?.ping).toBe('pong');
    const { response, body } = await post(from);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: { scope: 'perAddress', requestsPerMinute: 2 } });
    expect((await post({ 'x-forwarded-for': '203.0.113.8' })).body.data?.ping).toBe('pong');
  });

  it('opens a subgraph circuit after consecutive failures, fails fast while open, and closes after a good probe', async () => {
    const { subgraph, post, base } = await setUp({ breaker: { failureThreshold: 2, openMs: 300 } });
    const readyz = async () => (await (await fetch(`${base}/readyz`)).json()) as { status: string; subgraphs: Record<string, string> };
    subgraph.up();
    expect((await post()).body.data?.ping).toBe('pong');
    expect(await readyz()).toEqual({ status: 'ready', subgraphs: { probe: 'closed' } });

    subgraph.down();
    for (let i = 0; i < 2; i++) expect((await post()).body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subgraph: 'probe' });
    const callsWhenOpened = subgraph.state.calls;
    const whileOpen = await post();
    expect(whileOpen.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subgraph: 'probe' });
    expect(subgraph.state.calls).toBe(callsWhenOpened);
    expect(await readyz()).toEqual({ status: 'ready', subgraphs: { probe: 'open' } });

    subgraph.up();
    let answer: Answer | undefined;
    for (let attempt = 0; attempt < 100 && answer?.data?.ping !== 'pong'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = (await post()).body;
    }
    expect(answer?.data?.ping).toBe('pong');
    expect(await readyz()).toEqual({ status: 'ready', subgraphs: { probe: 'closed' } });
  });

  it('ends a request at its overall deadline even when the subgraph timeout is longer', async () => {
    const { subgraph, post } = await setUp({ requestDeadlineMs: 150 });
    subgraph.silent();
    const { body } = await post();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subgraph: 'probe' });
  });
});
