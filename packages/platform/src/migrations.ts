import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { DatabaseHandle } from './db';

export interface MigrationSet {
  /** The subgraph's Postgres schema, e.g. `auth`. */
  schema: string;
  /** Folder of drizzle-kit generated SQL migrations. */
  folder: string;
}

/** Held while the schema changes (migrations, then row-level security policies). */
export const MIGRATION_LOCK = 'crm:migrations';

/**
 * Applies drizzle-kit migrations. Idempotent (applied ones are recorded per subgraph) and safe when
 * several processes start at once: they queue on one advisory lock, and the later ones find nothing to do.
 */
export async function runMigrations(handle: DatabaseHandle, sets: MigrationSet[]): Promise<void> {
  await handle.withAdvisoryLock(MIGRATION_LOCK, async (db) => {
    for (const set of sets) {
      const config = { migrationsFolder: set.folder, migrationsSchema: 'drizzle', migrationsTable: `${set.schema}_migrations` };
      if (handle.kind === 'pg') await migrateNodePg(db as unknown as NodePgDatabase, config);
      else await migratePglite(db as unknown as PgliteDatabase, config);
    }
  });
}
