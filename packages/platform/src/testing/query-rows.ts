import { sql } from 'drizzle-orm';
import type { Db } from '../db';

/** Raw SQL for a test's assertions (no parameters), the same on pg and PGlite; its rows. */
export async function queryRows<T = Record<string, unknown>>(db: Db, text: string): Promise<T[]> {
  // Both drivers return `{ rows }`; the shared Db type cannot say so.
  return ((await db.execute(sql.raw(text))) as unknown as { rows: T[] }).rows;
}
