import { createLogger } from '../logger';
import { createProbeSubgraph, createTestKeys, postGraphQL, signWith, unsignedToken, type TestKeys } from '../testing';
import { generateKeyPair } from 'jose';
import { createSubgraphServer, type SubgraphServer } from './subgraph-server';

describe('subgraph server', () => {
  let keys: TestKeys;
  let server: SubgraphServer;
  let url: string;
  const probe = createProbeSubgraph();

  beforeAll(async () => {
    keys = await createTestKeys();
    server = await createSubgraphServer({ module: probe, verifyToken: keys.verifier, logger: createLogger({ name: 'test' }), production: true });
    url = (await server.listen(0, '127.0.0.1')).url;
  });
  afterAll(() => server.stop());
  beforeEach(() => (probe.calls.count = 0));

  const post = (query: string, token?: string) => postGraphQL(`${url}/graphql`, query, { token });

  it('answers a verified caller with its identity', async () => {
    const token = await keys.sign({ roles: ['SELLER'] });
    const body = await postGraphQL<{ whoami: { roles: string[] } }>(`${url}/graphql`, '{ whoami { orgId roles } }', { token });
    expect(body.data?.whoami.roles).toEqual(['SELLER']);
  });

  it('lets anonymous callers reach public fields only', async () => {
    expect((await post('{ ping }')).data).toEqual({ ping: 'pong' });
    const refused = await post('{ ping whoami { orgId } }');
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(probe.calls.count).toBe(1);
  });

  it('refuses anonymous federation internals such as `_service`', async () => {
    const response = await post('{ _service { sdl } }');
    expect(response.status).toBe(401);
  });

  it('answers `_service` to no one in production, signed-in callers included', async () => {
    const response = await post('query { ... on Query { _service { sdl } } }', await keys.sign({ roles: ['ADMIN'] }));
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(response)).not.toMatch(/whoami/);
  });

  it('masks an unexpected error in production: no SQL or host, the request id instead', async () => {
    const body = await postGraphQL(`${url}/graphql`, '{ fail }', { token: await keys.sign(), headers: { 'x-request-id': 'req-subgraph-1' } });
    expect(JSON.stringify(body)).not.toMatch(/select|params|db\.internal|stacktrace/);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining('req-subgraph-1'), extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-subgraph-1' } });
  });

  it('answers a body over the size limit with JSON 413, no HTML or stack', async () => {
    const response = await postGraphQL(`${url}/graphql`, '{ ping }', { variables: { pad: 'x'.repeat(1_100_000) } });
    expect(response).toEqual({ status: 413, errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  const badTokens: Array<[string, () => Promise<string>]> = [
    ['expired', () => keys.sign({ expiresInSeconds: -60 })],
    ['alg none', async () => unsignedToken()],
    ['signed by another key', async () => signWith((await generateKeyPair('EdDSA', { crv: 'Ed25519' })).privateKey, keys.kid)],
    ['for another audience', () => keys.sign({ audience: 'someone-else' })],
    ['from another issuer', () => keys.sign({ issuer: 'evil' })],
    ['garbage', async () => 'not.a.jwt'],
  ];

  it.each(badTokens)('refuses a token that is %s, before any resolver runs', async (_label, makeToken) => {
    const response = await post('{ ping whoami { orgId } }', await makeToken());
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(probe.calls.count).toBe(0);
  });

  it('serves health, readiness and Prometheus metrics', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toMatch(/graphql_operations_total\{.*service="probe"/);
  });

  it('hides introspection in production', async () => {
    const body = await post('{ __schema { types { name } } }', await keys.sign());
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
