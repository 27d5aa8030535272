import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

type Resolvers = GraphQLResolverMap<unknown>;
import { parse, type DocumentNode } from 'graphql';

/**
 * The four subgraphs of the public gateways-benchmark (accounts, inventory, products, reviews: the
 * Apollo federation demo's shape) with their fixed in-memory data, so every gateway answers the
 * same `TestQuery` from the same subgraphs.
 */
const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides", "@shareable"])';

const users = [
  { id: '1', name: 'Ada Lovelace', birthDate: '1815-12-10', username: '@ada' },
  { id: '2', name: 'Alan Turing', birthDate: '1912-06-23', username: '@complete' },
];
const products = [
  { upc: '1', name: 'Table', price: 899, weight: 100 },
  { upc: '2', name: 'Couch', price: 1299, weight: 1000 },
  { upc: '3', name: 'Chair', price: 54, weight: 50 },
];
const inventory = [
  { upc: '1', inStock: true },
  { upc: '2', inStock: false },
  { upc: '3', inStock: true },
];
const reviews = [
  { id: '1', authorID: '1', product: { upc: '1' }, body: 'Love it!' },
  { id: '2', authorID: '1', product: { upc: '2' }, body: 'Too expensive.' },
  { id: '3', authorID: '2', product: { upc: '3' }, body: 'Could be better.' },
  { id: '4', authorID: '2', product: { upc: '1' }, body: 'Prefer something else.' },
];

export const benchSubgraphs: { name: string; typeDefs: DocumentNode; resolvers: Resolvers }[] = [
  {
    name: 'accounts',
    typeDefs: parse(`${link}
      type Query { me: User  user(id: ID!): User  users: [User] }
      type User @key(fields: "id") { id: ID!  name: String  username: String @shareable  birthDate: String }`),
    resolvers: {
      Query: { me: () => users[0], user: (_: unknown, { id }: { id: string }) => users.find((u) => u.id === id), users: () => users },
      User: { __resolveReference: (ref: { id: string }) => users.find((u) => u.id === ref.id) },
    },
  },
  {
    name: 'inventory',
    typeDefs: parse(`${link}
      type Product @key(fields: "upc") { upc: String!  weight: Int @external  price: Int @external  inStock: Boolean  shippingEstimate: Int @requires(fields: "price weight") }`),
    resolvers: {
      Product: {
        __resolveReference: (ref: { upc: string; price?: number; weight?: number }) => ({ ...ref, ...inventory.find((i) => i.upc === ref.upc) }),
        // Free for expensive items, else an estimate by weight.
        shippingEstimate: (product: { price: number; weight: number }) => (product.price > 1000 ? 0 : product.weight * 0.5),
      },
    },
  },
  {
    name: 'products',
    typeDefs: parse(`${link}
      type Query { topProducts(first: Int = 5): [Product] }
      type Product @key(fields: "upc") { upc: String!  name: String  price: Int  weight: Int }`),
    resolvers: {
      Query: { topProducts: (_: unknown, { first }: { first: number }) => products.slice(0, first) },
      Product: { __resolveReference: (ref: { upc: string }) => products.find((p) => p.upc === ref.upc) },
    },
  },
  {
    name: 'reviews',
    typeDefs: parse(`${link}
      type Review @key(fields: "id") { id: ID!  body: String  author: User @provides(fields: "username")  product: Product }
      type User @key(fields: "id") { id: ID!  username: String @external  reviews: [Review] }
      type Product @key(fields: "upc") { upc: String!  reviews: [Review] }`),
    resolvers: {
      Review: { author: (review: { authorID: string }) => ({ __typename: 'User', id: review.authorID, username: users.find((u) => u.id === review.authorID)?.username }) },
      User: { reviews: (user: { id: string }) => reviews.filter((r) => r.authorID === user.id) },
      Product: { reviews: (product: { upc: string }) => reviews.filter((r) => r.product.upc === product.upc) },
    },
  },
];

/** The gateways-benchmark's nested query: every subgraph, entities fetched back and forth. */
export const TEST_QUERY = `fragment User on User { id username name }
fragment Review on Review { id body }
fragment Product on Product { inStock name price shippingEstimate upc weight }
query TestQuery {
  users { ...User reviews { ...Review product { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } } } }
  topProducts { ...Product reviews { ...Review author { ...User reviews { ...Review product { ...Product } } } } }
}`;

/** Starts each subgraph on its own loopback port; their URLs by name. */
export async function startBenchSubgraphs(): Promise<{ urls: Record<string, string>; stop(): Promise<void> }> {
  const servers: ApolloServer[] = [];
  const urls: Record<string, string> = {};
  for (const subgraph of benchSubgraphs) {
    const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs: subgraph.typeDefs, resolvers: subgraph.resolvers }), plugins: [ApolloServerPluginInlineTraceDisabled()] });
    urls[subgraph.name] = (await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } })).url;
    servers.push(server);
  }
  return { urls, stop: async () => void (await Promise.all(servers.map((server) => server.stop()))) };
}
