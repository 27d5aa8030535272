import type { EventEnvelope } from '@crm/contracts';
import { asc, eq } from 'drizzle-orm';
import { execute, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Db } from '../db';
import { createLogger, type Logger } from '../logger';
import { runMigrations } from '../migrations';
import type { AnySubgraphModule, BaseContext } from '../subgraph/subgraph-module';
import { subgraphSchema } from '../subgraph/subgraph-schema';
import { createTestDatabase, type TestDatabase } from './test-database';

/** What a test may say about the caller of one operation; the rest of the context is the harness's. */
export type HarnessRunOptions = { variables?: Record<string, unknown> } & Partial<Pick<BaseContext, 'identity' | 'clientAddress' | 'userAgent' | 'botCredential'>>;

/** The parts every subgraph's `testing/*-harness.ts` shares: a migrated database, the module, its schema, a way to call it as anyone. */
export interface SubgraphHarnessBase<TModule extends AnySubgraphModule> {
  database: TestDatabase;
  db: Db;
  logger: Logger;
  module: TModule;
  schema: GraphQLSchema;
  /** Executes `query` against the module's schema with the context its own `createContext` builds. */
  run<T = Record<string, unknown>>(query: string, options?: HarnessRunOptions): Promise<ExecutionResult<T>>;
  /** Events written to the module's outbox so far, oldest first, optionally of one type. */
  published<T = unknown>(type?: string): Promise<EventEnvelope<T>[]>;
  close(): Promise<void>;
}

/**
 * A fresh database (PGlite or PostgreSQL by test mode), the module built on it by `create`, its migrations run,
 * and its schema built the way the server builds it. `defaults` fill what a test's `run` leaves out.
 */
export async function createSubgraphHarness<TModule extends AnySubgraphModule>(
  name: string,
  create: (deps: { db: Db; logger: Logger }) => TModule,
  defaults: HarnessRunOptions = {},
): Promise<SubgraphHarnessBase<TModule>> {
  const database = await createTestDatabase();
  const db = database.handle.db;
  const logger = createLogger({ name: `${name}-test`, level: 'silent' });
  const module = create({ db, logger });
  await runMigrations(database.handle, [module.migrations]);
  const schema = subgraphSchema(module);
  const { outbox } = module.busTables;

  return {
    database,
    db,
    logger,
    module,
    schema,
    async run(query, options = {}) {
      const { variables, identity = null, clientAddress, userAgent, botCredential } = { ...defaults, ...options };
      const contextValue = await module.createContext({ identity, requestId: 'test', logger, clientAddress, userAgent, ...(botCredential === undefined ? {} : { botCredential }) });
      return execute({ schema, document: parse(query), variableValues: variables, contextValue }) as never;
    },
    async published(type) {
      const rows = await db.select().from(outbox).where(type ? eq(outbox.type, type) : undefined).orderBy(asc(outbox.seq));
      return rows.map((row) => row.envelope) as never;
    },
    close: () => database.drop(),
  };
}

/** The `extensions.code` (and `field`) of the first error, for compact assertions. */
export function firstError(result: ExecutionResult): { code: unknown; field: unknown; message: string } | undefined {
  const error = result.errors?.[0];
  return error ? { code: error.extensions?.code, field: error.extensions?.field, message: error.message } : undefined;
}
