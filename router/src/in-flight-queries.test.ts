import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { createLogger } from '@crm/platform';
import { createTestKeys, postGraphQL, type TestKeys } from '@crm/platform/testing';
import { parse } from 'graphql';
import { createRouter, type RouterServer } from './create-router';

const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    slow(text: String!): String!
  }
  type Mutation {
    touch(text: String!): String!
  }
`);

/**
 * A subgraph that holds every call until the test lets it answer: while the first call is held, a
 * second request either joins it (deduplicated) or reaches the subgraph itself.
 */
function heldSubgraph() {
  const held: { body: string; answer: () => void }[] = [];
  let arrived: (() => void) | undefined;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: { text?: string } };
      const text = variables?.text ?? /"([^"]*)"/.exec(query)?.[1] ?? '';
      const field = query.includes('touch') ? 'touch' : 'slow';
      held.push({ body, answer: () => res.setHeader('content-type', 'application/json').end(JSON.stringify({ data: { [field]: `${text} for ${req.headers.authorization ?? 'anonymous'}` } })) });
      arrived?.();
    });
  });
  return {
    server,
    held,
    /** Resolves once `count` calls are being held. */
    calls: (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (held.length >= count ? resolve() : (arrived = check));
        check();
      }),
    releaseAll: () => held.splice(0).forEach((call) => call.answer()),
  };
}

describe('in-flight deduplication in the router', () => {
  const subgraph = heldSubgraph();
  let keys: TestKeys;
  let router: RouterServer;
  let url: string;

  beforeAll(async () => {
    keys = await createTestKeys();
    await new Promise<void>((resolve) => subgraph.server.listen(0, '127.0.0.1', resolve));
    const port = (subgraph.server.address() as AddressInfo).port;
    const composed = composeServices([{ name: 'held', url: 'http://held.invalid/graphql', typeDefs }]);
    if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('\n'));
    router = await createRouter({
      supergraphSdl: composed.supergraphSdl,
      subgraphUrls: { held: `http://127.0.0.1:${port}/graphql` },
      verifyToken: keys.verifier,
      logger: createLogger({ name: 'test', level: 'warn' }),
      production: false,
      corsOrigins: [],
      limits: { maxDepth: 6, maxAliases: 3, maxCost: 50, maxTokens: 1000 },
    });
    url = `${(await router.listen(0, '127.0.0.1')).url}/graphql`;
  });
  afterAll(async () => {
    subgraph.releaseAll();
    await router.stop();
    await new Promise((resolve) => subgraph.server.close(resolve));
  });

  const sharedCount = async () => {
    const text = await (await fetch(`${url.replace(/\/graphql$/, '')}/metrics`)).text();
    return Number(/^router_deduplicated_queries_total(?:\{[^}]*\})? (\d+)/m.exec(text)?.[1] ?? 0);
  };

  /** Waits until the router reports `count` queries answered by a running one. */
  const joined = async (count: number) => {
    while ((await sharedCount()) < count) await new Promise((resolve) => setImmediate(resolve));
  };

  it('answers two identical concurrent queries with one subgraph call', async () => {
    const before = await sharedCount();
    const query = 'query Same($text: String!) { slow(text: $text) }';
    const first = postGraphQL(url, query, { variables: { text: 'a' } });
    await subgraph.calls(1);
    const second = postGraphQL(url, query, { variables: { text: 'a' } });
    await joined(before + 1);
    subgraph.releaseAll();
    const answers = await Promise.all([first, second]);
    expect(answers.map((answer) => answer.data)).toEqual([{ slow: 'a for anonymous' }, { slow: 'a for anonymous' }]);
    expect(subgraph.held).toHaveLength(0);
    // A later identical query is a new execution: nothing is cached.
    const third = postGraphQL(url, query, { variables: { text: 'a' } });
    await subgraph.calls(1);
    subgraph.releaseAll();
    expect((await third).data).toEqual({ slow: 'a for anonymous' });
  });

  it('never shares a mutation: each identical concurrent one reaches the subgraph', async () => {
    const mutation = 'mutation { touch(text: "m") }';
    const first = postGraphQL(url, mutation);
    await subgraph.calls(1);
    const second = postGraphQL(url, mutation);
    await subgraph.calls(2);
    subgraph.releaseAll();
    expect((await Promise.all([first, second])).map((answer) => answer.data)).toEqual([{ touch: 'm for anonymous' }, { touch: 'm for anonymous' }]);
  });

  it('never shares between callers: different users, or languages, each get their own execution', async () => {
    const [alice, bob] = await Promise.all([
      keys.sign({ orgId: '8d0f6c4e-8a43-4c36-9a1d-6f0f0e1c2b3a', userId: '11111111-1111-4111-8111-111111111111', roles: ['SELLER'] }),
      keys.sign({ orgId: '8d0f6c4e-8a43-4c36-9a1d-6f0f0e1c2b3a', userId: '22222222-2222-4222-8222-222222222222', roles: ['SELLER'] }),
    ]);
    const query = '{ slow(text: "u") }';
    const first = postGraphQL(url, query, { token: alice });
    await subgraph.calls(1);
    const second = postGraphQL(url, query, { token: bob });
    await subgraph.calls(2);
    const third = postGraphQL(url, query, { token: alice, headers: { 'accept-language': 'en' } });
    await subgraph.calls(3);
    subgraph.releaseAll();
    const answers = await Promise.all([first, second, third]);
    expect(answers.map((answer) => answer.data?.slow)).toEqual([`u for Bearer ${alice}`, `u for Bearer ${bob}`, `u for Bearer ${alice}`]);
  });
});
