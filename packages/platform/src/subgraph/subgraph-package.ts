import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import type { MigrationSet } from '../migrations';

/**
 * What a subgraph package keeps by convention beside its `src/`: `schema.graphql` and drizzle-kit's
 * `migrations/`, with the Postgres schema named after the subgraph.
 */
export function subgraphPackage(name: string, packageRoot: string): { name: string; typeDefs: DocumentNode; migrations: MigrationSet } {
  return {
    name,
    typeDefs: parse(readFileSync(join(packageRoot, 'schema.graphql'), 'utf8')),
    migrations: { schema: name, folder: join(packageRoot, 'migrations') },
  };
}
