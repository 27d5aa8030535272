import type { Executor } from '@crm/platform';
import { sql } from 'drizzle-orm';

/** How many months beyond the current one the `audit.partitions` job keeps ready. */
export const MONTHS_AHEAD = 3;

const monthKey = (at: Date) => at.toISOString().slice(0, 7);

/**
 * The monthly partitions of `audit.entries` (SQL function `audit.ensure_month_partition`, migration 0001).
 * The job creates them ahead, so writes never wait on DDL; a write into a month the job has not reached
 * (a clock ahead, a job that never ran) creates its partition first, once per process and month.
 */
export function createPartitionsService() {
  const known = new Set<string>();

  async function ensureMonth(executor: Executor, at: Date): Promise<string> {
    // Both drivers answer raw SQL with `{ rows }`.
    const result = (await executor.execute(sql`SELECT audit.ensure_month_partition(${at.toISOString()}::timestamptz) AS name`)) as unknown as { rows: { name: string }[] };
    known.add(monthKey(at));
    return result.rows[0]!.name;
  }

  return {
    ensureMonth,
    async ensureFor(executor: Executor, at: Date): Promise<void> {
      if (!known.has(monthKey(at))) await ensureMonth(executor, at);
    },
    /** The current month and `MONTHS_AHEAD` more; returns the partitions' names. */
    async ensureAhead(executor: Executor, now: Date): Promise<string[]> {
      const names: string[] = [];
      for (let i = 0; i <= MONTHS_AHEAD; i++) names.push(await ensureMonth(executor, new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1))));
      return names;
    },
  };
}

export type PartitionsService = ReturnType<typeof createPartitionsService>;
