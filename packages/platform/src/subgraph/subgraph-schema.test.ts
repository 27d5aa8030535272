import { parse } from 'graphql';
import { subgraphSchema, type EveryField } from './subgraph-schema';

type RootResolvers = { [key: string]: unknown } & { ping?: () => string; echo?: (text: string) => string };

describe('subgraph schema wiring', () => {
  it('requires every root field a generated resolver type names (checked by pnpm typecheck)', () => {
    const complete: EveryField<RootResolvers> = { ping: () => 'pong', echo: (text) => text };
    // @ts-expect-error -- `echo` is in the type but has no resolver: the build must fail here, not answer null at run time.
    const missing: EveryField<RootResolvers> = { ping: () => 'pong' };
    expect(Object.keys(complete)).toEqual(['ping', 'echo']);
    expect(Object.keys(missing)).toEqual(['ping']);
  });

  it('builds a federated schema from SDL and resolvers without casts', () => {
    const schema = subgraphSchema({
      typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
        type Query { ping: String! }`),
      resolvers: { Query: { ping: () => 'pong' } },
    });
    expect(schema.getQueryType()?.getFields()['_service']).toBeDefined();
    expect(schema.getQueryType()?.getFields()['ping']).toBeDefined();
  });
});
