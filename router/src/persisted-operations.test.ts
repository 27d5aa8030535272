import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '@crm/platform';
import { createTestKeys, postGraphQL } from '@crm/platform/testing';
import { createRouter, type RouterServer } from './create-router';
import { OPERATIONS_DIR } from './known-operations';
import { defaultQueryLimits } from './security';
import { startProbe, type RunningProbe } from './testing/probe-supergraph';
import { loadPersistedOperations, type PersistedOperation, type PersistedOperationsMode } from './persisted-operations';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const operation = (name: string, body: string): PersistedOperation => ({ id: sha256(body), name, type: 'query', body, clientName: 'test-client' });
const echo = operation('Echo', 'query Echo($text: String!) { echo(text: $text) }');
const whoami = operation('Whoami', 'query Whoami { whoami { orgId roles } }');
/** A manifest entry the supergraph no longer has: reported at start, refused when asked for. */
const stale = operation('Stale', 'query Stale { removedField }');
const limits = { maxDepth: 6, maxAliases: 3, maxCost: 50, maxTokens: 1000 };

describe('persisted operations', () => {
  const warnings: unknown[] = [];
  let running: RunningProbe;
  const routers: RouterServer[] = [];
  const urls: Partial<Record<PersistedOperationsMode, string>> = {};

  beforeAll(async () => {
    running = await startProbe();
    const { keys, logger, subgraphUrl, supergraphSdl } = running;
    const routerLogger = Object.assign(Object.create(logger) as typeof logger, { warn: (...args: unknown[]) => void warnings.push(args[0]) });
    for (const mode of ['required', 'allowed'] as const) {
      const router = await createRouter({
        supergraphSdl,
        subgraphUrls: { probe: subgraphUrl },
        verifyToken: keys.verifier,
        logger: routerLogger,
        production: true,
        corsOrigins: [],
        limits,
        persistedOperations: { mode, byId: new Map([echo, whoami, stale].map((o) => [o.id, o])) },
      });
      routers.push(router);
      urls[mode] = `${(await router.listen(0, '127.0.0.1')).url}/graphql`;
    }
  });
  afterAll(async () => {
    await Promise.all(routers.map((router) => router.stop()));
    await running.subgraph.stop();
  });

  const orgId = '8d0f6c4e-8a43-4c36-9a1d-6f0f0e1c2b3a';
  const as = async (role: 'ADMIN' | 'SELLER') => ({ authorization: `Bearer ${await running.keys.sign({ orgId, roles: [role] })}` });
  /** Posts `body` as a signed-in SELLER unless other headers are given. */
  const send = async (mode: PersistedOperationsMode, body: unknown, headers?: Record<string, string>) => {
    const response = await fetch(urls[mode]!, { method: 'POST', headers: { 'content-type': 'application/json', ...(headers ?? (await as('SELLER'))) }, body: JSON.stringify(body) });
    return { status: response.status, ...((await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] }) };
  };

  it('plans the manifests at start without calling a subgraph, and reports an entry the supergraph cannot run', () => {
    expect(running.probe.calls.count).toBe(0);
    // Only warnings about operations count here (a router without a live feed also warns about that).
    expect(warnings.filter((w) => typeof w === 'object')).toEqual([{ operations: ['test-client/Stale'] }, { operations: ['test-client/Stale'] }]);
  });

  it('runs a known operation by GraphQL-over-HTTP documentId', async () => {
    const body = await send('required', { documentId: `sha256:${echo.id}`, variables: { text: 'по id' } });
    expect(body.data).toEqual({ echo: 'по id' });
  });

  it("runs a known operation by APQ's persistedQuery hash, with no text", async () => {
    const body = await send('required', { variables: { text: 'apq' }, extensions: { persistedQuery: { version: 1, sha256Hash: echo.id } } });
    expect(body.data).toEqual({ echo: 'apq' });
  });

  it("runs the manifest's text, not a text sent along with a known id", async () => {
    const body = await send('required', { documentId: `sha256:${echo.id}`, query: '{ whoami { orgId } }', variables: { text: 'manifest' } });
    expect(body.data).toEqual({ echo: 'manifest' });
  });

  it('refuses an unknown id with PERSISTED_QUERY_NOT_FOUND, in either mode', async () => {
    for (const mode of ['required', 'allowed'] as const) {
      const body = await send(mode, { documentId: `sha256:${sha256('query Nope { ping }')}` });
      expect(body.status).toBe(400);
      expect(body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });

  it('refuses an arbitrary document with PERSISTED_QUERY_NOT_IN_LIST when ids are required: no subgraph call', async () => {
    const before = running.probe.calls.count;
    const viaPost = await send('required', { query: '{ ping }' }, {});
    expect(viaPost.status).toBe(400);
    expect(viaPost.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const viaGet = await fetch(`${urls.required}?query=${encodeURIComponent('{ ping }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(viaGet.status).toBe(400);
    expect(((await viaGet.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const unknownApq = await send('required', { query: '{ ping }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ ping }') } } });
    expect(unknownApq.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(running.probe.calls.count).toBe(before);
  });

  it('lets an ADMIN (support work) send an arbitrary document even when ids are required; other roles are refused', async () => {
    const admin = await send('required', { query: '{ whoami { roles } }' }, await as('ADMIN'));
    expect(admin.data).toEqual({ whoami: { roles: ['ADMIN'] } });
    const seller = await send('required', { query: '{ whoami { roles } }' });
    expect(seller.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('runs arbitrary documents too when ids are only allowed (development)', async () => {
    expect((await send('allowed', { query: '{ ping }' })).data).toEqual({ ping: 'pong' });
    expect((await postGraphQL(urls.allowed!, '{ whoami { orgId } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the committed manifests', () => {
  it('are Apollo persisted-query manifests whose ids are the sha256 of their bodies', () => {
    const operations = [...loadPersistedOperations().values()];
    expect(operations.map((o) => o.clientName)).toContain('web-client');
    for (const entry of operations) expect(sha256(entry.body)).toBe(entry.id);
    const web = JSON.parse(readFileSync(join(OPERATIONS_DIR, 'web-client.json'), 'utf8')) as { format: string; version: number };
    expect([web.format, web.version]).toEqual(['apollo-persisted-query-manifest', 1]);
  });

  it('all validate and plan against the committed supergraph (the router warms them at start)', async () => {
    const warnings: unknown[] = [];
    const logger = createLogger({ name: 'test' });
    const keys = await createTestKeys();
    const router = await createRouter({
      supergraphSdl: readFileSync(join(OPERATIONS_DIR, '../supergraph.graphql'), 'utf8'),
      subgraphUrls: {},
      verifyToken: keys.verifier,
      logger: Object.assign(Object.create(logger) as typeof logger, { warn: (...args: unknown[]) => void warnings.push(args) }),
      production: true,
      corsOrigins: [],
      limits: defaultQueryLimits,
      persistedOperations: { mode: 'required', byId: loadPersistedOperations() },
    });
    await router.stop();
    // Only warnings about operations count here (a router without a live feed also warns about that).
    expect(warnings.filter((args) => typeof (args as unknown[])[0] === 'object')).toEqual([]);
  });
});
