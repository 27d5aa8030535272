import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@crm/platform';
import { createTestKeys } from '@crm/platform/testing';
import { createRouter, type RouterServer } from './create-router';
import { defaultQueryLimits } from './security';
import { probeSupergraph } from './testing/probe-supergraph';

/** A subgraph that accepts connections and never answers: the router must give up on it, not wait forever. */
describe('request bounds', () => {
  let silent: Server;
  let router: RouterServer;
  let url: string;
  const held: { end(): void }[] = [];

  beforeAll(async () => {
    silent = createServer((_req, res) => void held.push(res));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    router = await createRouter({
      supergraphSdl: probeSupergraph(),
      subgraphUrls: { probe: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql` },
      verifyToken: (await createTestKeys()).verifier,
      logger: createLogger({ name: 'test', level: 'silent' }),
      production: true,
      corsOrigins: [],
      limits: defaultQueryLimits,
      maxBodyBytes: 2048,
      subgraphTimeoutMs: 200,
    });
    url = `${(await router.listen(0, '127.0.0.1')).url}/graphql`;
  });
  afterAll(async () => {
    for (const res of held) res.end();
    await router.stop();
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  const post = (body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('refuses a body over MAX_BODY_BYTES with 413, before any GraphQL work', async () => {
    const response = await post({ query: '{ ping }', variables: { padding: 'x'.repeat(4096) } });
    expect(response.status).toBe(413);
  });

  it('answers with an error when a subgraph stays silent past SUBGRAPH_TIMEOUT_MS, instead of holding the request', async () => {
    const response = await post({ query: '{ ping }' });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subgraph: 'probe' });
    expect(JSON.stringify(body)).not.toContain('127.0.0.1');
    expect(held.length).toBeGreaterThan(0);
  });
});
