import { composeServices } from '@apollo/composition';
import { createLogger, createSubgraphServer, type SubgraphServer } from '@crm/platform';
import { createProbeSubgraph, createTestKeys, postGraphQL, unsignedToken, type TestKeys } from '@crm/platform/testing';
import { createRouter, type RouterServer } from './create-router';

const metricsToken = 'metrics-token-for-tests';
const limits = { maxDepth: 6, maxAliases: 3, maxCost: 50, maxTokens: 1000 };

describe('router', () => {
  const probe = createProbeSubgraph();
  let keys: TestKeys;
  let subgraph: SubgraphServer;
  let router: RouterServer;
  let url: string;

  beforeAll(async () => {
    keys = await createTestKeys();
    const logger = createLogger({ name: 'test' });
    subgraph = await createSubgraphServer({ module: probe, verifyToken: keys.verifier, logger, production: true });
    const subgraphUrl = `${(await subgraph.listen(0, '127.0.0.1')).url}/graphql`;
    const composed = composeServices([{ name: 'probe', url: 'http://probe.invalid/graphql', typeDefs: probe.typeDefs }]);
    if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('\n'));
    router = await createRouter({
      supergraphSdl: composed.supergraphSdl,
      subgraphUrls: { probe: subgraphUrl },
      verifyToken: keys.verifier,
      logger,
      production: true,
      corsOrigins: ['https://app.example.com'],
      limits,
      knownOperations: new Set(['Ping']),
      metricsToken,
    });
    url = (await router.listen(0, '127.0.0.1')).url;
  });
  afterAll(async () => {
    await router.stop();
    await subgraph.stop();
  });
  beforeEach(() => (probe.calls.count = 0));

  const post = (query: string, headers: Record<string, string> = {}) => postGraphQL(`${url}/graphql`, query, { headers });

  it('forwards the verified identity to the subgraph (which verifies it again)', async () => {
    const orgId = '8d0f6c4e-8a43-4c36-9a1d-6f0f0e1c2b3a';
    const body = await post('{ whoami { orgId roles } }', { authorization: `Bearer ${await keys.sign({ orgId, roles: ['EXECUTOR'] })}` });
    expect(body.data?.whoami).toEqual({ orgId, roles: ['EXECUTOR'] });
  });

  it('refuses a bad token at the edge: no subgraph call, no resolver', async () => {
    const response = await post('{ ping }', { authorization: `Bearer ${unsignedToken()}` });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(probe.calls.count).toBe(0);
  });

  it('passes anonymous calls on, and the subgraph decides what is public', async () => {
    expect((await post('{ ping }')).data).toEqual({ ping: 'pong' });
    const body = await post('{ whoami { orgId } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('limits aliases and hides introspection in production', async () => {
    // English asked for: the router's own refusals follow Accept-Language (Russian by default).
    const token = { authorization: `Bearer ${await keys.sign()}`, 'accept-language': 'en' };
    const aliases = await post('{ a: ping b: ping c: ping d: ping }', token);
    expect(aliases.errors?.[0]?.message).toMatch(/aliases/i);
    const introspection = await post('{ __schema { types { name } } }', token);
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    expect(probe.calls.count).toBe(0);
  });

  it('masks unexpected errors in production: a generic message with the request id, no SQL or host', async () => {
    const token = { authorization: `Bearer ${await keys.sign()}` };
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-mask-1', ...token },
      body: JSON.stringify({ query: '{ fail }' }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(JSON.stringify(body)).not.toMatch(/select|params|db\.internal|127\.0\.0\.1|stacktrace/);
    expect(body.errors[0]).toMatchObject({ message: expect.stringContaining('req-mask-1'), extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-mask-1' } });
  });

  it('refuses a NUL character in a variable or a literal as BAD_USER_INPUT naming it, before any resolver', async () => {
    const token = { authorization: `Bearer ${await keys.sign()}` };
    const variable = await postGraphQL(`${url}/graphql`, 'query($t: String!) { echo(text: $t) }', { variables: { t: 'a\u0000b' }, headers: token });
    expect(variable.status).toBe(400);
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: '$t' });
    const literal = await post('{ echo(text: "a\\u0000b") }', token);
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(probe.calls.count).toBe(0);
  });

  it('answers a syntax error and the token limit with HTTP 400 GRAPHQL_PARSE_FAILED', async () => {
    const syntax = await post('{ ping ');
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const tokens = await post(`{ ${'ping '.repeat(limits.maxTokens)} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(tokens.errors?.[0]?.message).toMatch(/tokens/);
  });

  it('refuses too costly an operation with 400 QUERY_LIMIT_EXCEEDED naming the limit and the cost found', async () => {
    const token = { authorization: `Bearer ${await keys.sign()}`, 'accept-language': 'en' };
    const costly = await post(`{ ${'whoami { orgId roles userId } '.repeat(20)}}`, token);
    expect(costly.status).toBe(400);
    expect(costly.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', maxCost: limits.maxCost } });
    expect(costly.errors?.[0]?.message).not.toMatch(/syntax/i);
    expect(costly.errors?.[0]?.message).toMatch(new RegExp(`${limits.maxCost}.*costs \\d+`));
    expect(probe.calls.count).toBe(0);
  });

  it('suggests no field names or enum values in production', async () => {
    const token = { authorization: `Bearer ${await keys.sign()}` };
    const field = await post('{ pin }', token);
    expect(field.status).toBe(400);
    expect(field.errors?.[0]?.message).toMatch(/Cannot query field "pin"/);
    expect(JSON.stringify(field)).not.toMatch(/Did you mean|ping/);
    const enumValue = await post('{ echo(text: "a", tone: LOUDD) }', token);
    expect(enumValue.status).toBe(400);
    expect(enumValue.errors?.[0]?.message).toMatch(/LOUDD/);
    expect(JSON.stringify(enumValue)).not.toMatch(/Did you mean|"LOUD"/);
  });

  it('answers a body over the size limit with JSON 413, no HTML or stack', async () => {
    const response = await postGraphQL(`${url}/graphql`, '{ ping }', { variables: { pad: 'x'.repeat(1_100_000) } });
    expect(response).toEqual({ status: 413, errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('prevents CSRF: a simple (non-JSON) request without a preflight header is refused', async () => {
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent('{ ping }')}`, { method: 'GET' });
    expect(response.status).toBe(400);
    expect(probe.calls.count).toBe(0);
  });

  it('answers CORS preflight for listed origins only', async () => {
    const allowed = await fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://app.example.com', 'access-control-request-method': 'POST' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const denied = await fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' } });
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves health and metrics', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect(await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text()).toMatch(/service="router"/);
  });

  it('serves /metrics in production only with the metrics token', async () => {
    expect((await fetch(`${url}/metrics`)).status).toBe(404);
    expect((await fetch(`${url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(404);
  });

  it('labels metrics from a closed set: unknown operation names and unrouted paths add no series', async () => {
    const scrape = async () => (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text();
    await postGraphQL(`${url}/graphql`, 'query Ping { ping }');
    for (let i = 0; i < 5; i += 1) {
      await postGraphQL(`${url}/graphql`, `query Probe${i} { ping }`);
      await fetch(`${url}/no/such/path/${i}`);
    }
    const text = await scrape();
    expect(text).toMatch(/graphql_operations_total\{[^}]*operation="Ping"/);
    expect(text).toMatch(/graphql_operations_total\{[^}]*operation="unknown"/);
    expect(text).not.toMatch(/Probe\d|no\/such/);
    expect(text).toMatch(/route="unmatched"/);
  });
});
