import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode, GraphQLSchema } from 'graphql';

/** One entry of `buildSubgraphSchema`'s module list, named through its public signature (no deep `dist/` import). */
type SchemaModule = Exclude<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], DocumentNode>;

/** The resolver map `buildSubgraphSchema` takes: what each subgraph's generated `Resolvers` type is checked against. */
export type SubgraphResolvers = NonNullable<SchemaModule['resolvers']>;

/** The one place a subgraph's SDL and resolvers become its federated schema: the server and the test harnesses both use it. */
export function subgraphSchema(module: { typeDefs: DocumentNode; resolvers: SubgraphResolvers }): GraphQLSchema {
  return buildSubgraphSchema([{ typeDefs: module.typeDefs, resolvers: module.resolvers }]);
}

/**
 * A generated root resolver type (`QueryResolvers`, `MutationResolvers`) with every field required: a root
 * field in the SDL without a resolver fails `pnpm typecheck` instead of answering null at run time (ADR 0023).
 */
export type EveryField<TResolvers> = TResolvers & { [K in keyof TResolvers as string extends K ? never : K]-?: unknown };
