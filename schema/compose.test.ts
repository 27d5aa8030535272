import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { composeSupergraph, expectedOutputs, findSubgraphSources, readAcceptedHints, staleFiles, type SubgraphSource } from './compose';

const federation = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

const users: SubgraphSource = {
  name: 'users',
  url: 'http://users:4001/graphql',
  typeDefs: `${federation}
    type User @key(fields: "id") { id: ID! name: String! }
    type Query { me: User }`,
};

const deals: SubgraphSource = {
  name: 'deals',
  url: 'http://deals:4001/graphql',
  typeDefs: `${federation}
    type User @key(fields: "id") { id: ID! deals: [Deal!]! }
    type Deal @key(fields: "id") { id: ID! title: String! }
    type Query { deal(id: ID!): Deal }`,
};

// Both declare a shareable field with different nullability: composes, but with an
// INCONSISTENT_BUT_COMPATIBLE_FIELD_TYPE hint on PageInfo.endCursor.
const pageInfo = (name: string, endCursorType: string): SubgraphSource => ({
  name,
  url: `http://${name}:4001/graphql`,
  typeDefs: `${federation}
    type PageInfo @shareable { hasNextPage: Boolean! endCursor: ${endCursorType} }
    type Query { ${name}Page: PageInfo }`,
});

describe('composeSupergraph', () => {
  it('composes entities across subgraphs and keeps the routing URLs', () => {
    const outcome = composeSupergraph([users, deals]);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(outcome.supergraphSdl).toContain('@join__graph(name: "users", url: "http://users:4001/graphql")');
    const user = buildSchema(outcome.apiSchemaSdl).getType('User');
    expect(user instanceof GraphQLObjectType && Object.keys(user.getFields()).sort()).toEqual(['deals', 'id', 'name']);
    expect(outcome.apiSchemaSdl).not.toContain('join__');
  });

  it('is independent of the order subgraphs are listed in', () => {
    const a = composeSupergraph([users, deals]);
    const b = composeSupergraph([deals, users]);
    expect(a.ok && b.ok && a.supergraphSdl === b.supergraphSdl).toBe(true);
  });

  it('fails on a conflicting pair of SDLs', () => {
    const conflicting: SubgraphSource = {
      name: 'other',
      url: 'http://other:4001/graphql',
      typeDefs: `${federation}
        type User @key(fields: "id") { id: ID! name: Int! }
        type Query { someone: User }`,
    };
    const outcome = composeSupergraph([users, conflicting]);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.errors.join('\n')).toMatch(/User\.name/);
  });

  it('fails on a hint nobody accepted, and passes once it is accepted', () => {
    const pair = [pageInfo('left', 'String'), pageInfo('right', 'String!')];
    const refused = composeSupergraph(pair);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? '' : refused.errors.join('\n')).toContain('INCONSISTENT_BUT_COMPATIBLE_FIELD_TYPE');

    const accepted = composeSupergraph(pair, [
      { code: 'INCONSISTENT_BUT_COMPATIBLE_FIELD_TYPE', coordinate: 'PageInfo.endCursor', reason: 'test' },
    ]);
    expect(accepted.ok).toBe(true);
  });

  it('does not let an acceptance for one coordinate cover another, and reports unused acceptances', () => {
    const pair = [pageInfo('left', 'String'), pageInfo('right', 'String!')];
    const elsewhere = { code: 'INCONSISTENT_BUT_COMPATIBLE_FIELD_TYPE', coordinate: 'Other.field', reason: 'test' };
    expect(composeSupergraph(pair, [elsewhere]).ok).toBe(false);

    const outcome = composeSupergraph([users], [elsewhere]);
    expect(outcome.ok && outcome.unusedAcceptances).toEqual([elsewhere]);
  });

  it('refuses an empty list', () => {
    expect(composeSupergraph([]).ok).toBe(false);
  });
});

describe('subgraph discovery', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'crm-compose-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds every subgraphs/*/schema.graphql and gives it the compose-network URL', () => {
    for (const name of ['tasks', 'crm']) {
      mkdirSync(path.join(root, 'subgraphs', name), { recursive: true });
      writeFileSync(path.join(root, 'subgraphs', name, 'schema.graphql'), 'type Query { x: Int }');
    }
    mkdirSync(path.join(root, 'subgraphs', 'no-schema-yet'));
    expect(findSubgraphSources(root).map((s) => [s.name, s.url])).toEqual([
      ['crm', 'http://crm:4001/graphql'],
      ['tasks', 'http://tasks:4001/graphql'],
    ]);
  });

  it('rejects an accepted hint without a reason', () => {
    const file = path.join(root, 'accepted-hints.json');
    writeFileSync(file, JSON.stringify([{ code: 'INCONSISTENT_DESCRIPTION' }]));
    expect(() => readAcceptedHints(file)).toThrow(/reason/);
  });
});

describe('the committed supergraph', () => {
  it('matches what the current subgraph SDLs compose to (run `pnpm schema:compose` if not)', () => {
    const expected = expectedOutputs();
    if ('errors' in expected) throw new Error(expected.errors.join('\n'));
    expect(staleFiles(expected.files)).toEqual([]);
  });
});
