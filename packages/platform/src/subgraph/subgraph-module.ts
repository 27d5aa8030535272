import type { Router } from 'express';
import type { DocumentNode } from 'graphql';
import type { Identity } from '../auth/identity';
import type { BusTables } from '../bus/tables';
import type { ConsumerDefinition } from '../bus/types';
import type { Logger } from '../logger';
import type { MigrationSet } from '../migrations';
import type { SubgraphResolvers } from './subgraph-schema';

/** What every resolver gets, whatever the subgraph. */
export interface BaseContext {
  /** The verified caller; null only for the subgraph's public fields (e.g. `Mutation.login`). */
  identity: Identity | null;
  requestId: string;
  logger: Logger;
  /** The end user's address as the router saw it (for rate limits and audit). */
  clientAddress: string | undefined;
  /** The end user's `User-Agent` as the router passed it on (`x-client-user-agent`); undefined without one. */
  userAgent?: string | undefined;
  /** The key of an `Authorization: Bot <key>` header, unchecked: only Auth's bot-only fields compare it (ADR 0012). */
  botCredential?: string | undefined;
}

/** A periodic job; `run` must be safe when several instances run it at once. */
export interface ScheduledJob {
  name: string;
  everyMs: number;
  run(): Promise<void>;
}

/**
 * What `createXSubgraph(deps)` returns: everything the server bootstrap (distributed mode) and the
 * all-in-one launcher (embedded mode) need to run a subgraph, with no I/O done yet.
 */
export interface SubgraphModule<TContext extends BaseContext = BaseContext> {
  name: string;
  typeDefs: DocumentNode;
  /** The subgraph's generated `Resolvers` (typed against its own context by codegen), checked against what `buildSubgraphSchema` takes. */
  resolvers: SubgraphResolvers;
  /** Root fields callable without a token, as `Type.field` (e.g. `Mutation.login`). Everything else refuses anonymous callers before any resolver runs. */
  publicFields?: readonly string[];
  migrations: MigrationSet;
  /** The subgraph's outbox/inbox/dead-letter tables (from `busTables(schema)`), for the bus to relay and dedupe. */
  busTables: BusTables;
  consumers?: readonly ConsumerDefinition[];
  jobs?: readonly ScheduledJob[];
  /** Extends the base context per request: DataLoaders, services bound to the caller. */
  createContext(base: BaseContext): TContext | Promise<TContext>;
  /** Extra HTTP routes mounted beside /graphql (e.g. Auth's JWKS). */
  routes?(router: Router): void;
}

/** A module whatever its context type, for code that runs several subgraphs side by side. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module brings its own context type; only the module itself uses it
export type AnySubgraphModule = SubgraphModule<any>;
