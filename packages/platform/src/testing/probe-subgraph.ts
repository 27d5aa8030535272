import { pgSchema } from 'drizzle-orm/pg-core';
import { parse } from 'graphql';
import { busTables } from '../bus/tables';
import type { BaseContext, SubgraphModule } from '../subgraph/subgraph-module';

/**
 * A minimal subgraph for testing the server bootstrap and the router: `Query.whoami` needs a token,
 * `Query.ping` is public, `Query.echo` returns its text, `Query.fail` fails as a database would (with SQL and a
 * host name in the message), and `calls` counts every resolver run so a test can prove none ran.
 */
export function createProbeSubgraph(): SubgraphModule & { calls: { count: number } } {
  const calls = { count: 0 };
  return {
    name: 'probe',
    calls,
    typeDefs: parse(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Query {
        whoami: Caller
        ping: String!
        echo(text: String!, tone: Tone): String!
        fail: String
      }
      enum Tone {
        LOUD
        QUIET
      }
      type Caller {
        userId: ID
        orgId: ID!
        roles: [String!]!
      }
    `),
    resolvers: {
      Query: {
        whoami: (_: unknown, __: unknown, context: BaseContext) => {
          calls.count += 1;
          const identity = context.identity;
          return identity && { userId: identity.kind === 'user' ? identity.userId : null, orgId: identity.orgId, roles: identity.kind === 'user' ? identity.roles : [] };
        },
        ping: () => {
          calls.count += 1;
          return 'pong';
        },
        echo: (_: unknown, { text }: { text: string }) => {
          calls.count += 1;
          return text;
        },
        fail: () => {
          calls.count += 1;
          throw new Error('Failed query: select secret from "probe"."rows" where id = $1 params: 42 (db.internal:5432)');
        },
      },
    },
    publicFields: ['Query.ping'],
    migrations: { schema: 'probe', folder: '' },
    busTables: busTables(pgSchema('probe')),
    createContext: (base) => base,
  };
}
