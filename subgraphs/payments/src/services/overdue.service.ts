import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { calendarDay } from '../clock';
import { policies, scheduleItems } from '../db/schema';
import { itemsOfPolicy } from './policy-lock';
import type { ServiceDeps } from './service-deps';

const UNPAID = ['PLANNED', 'PARTIALLY_PAID'] as const;

/**
 * Flags instalments unpaid past their due date and publishes `payments.instalment.overdue` for each,
 * once: the conditional UPDATE … RETURNING and the outbox rows commit together, and an instance running
 * the same statement concurrently re-checks the status on the rows it waited for and skips them.
 * It never locks policy rows, so it cannot deadlock with writers that lock a policy first.
 */
export function createOverdueService(deps: ServiceDeps) {
  async function flagOverdue(): Promise<number> {
    const now = deps.clock();
    const today = calendarDay(now, deps.config.timeZone);
    const isDue = and(eq(scheduleItems.kind, 'INSTALMENT'), inArray(scheduleItems.status, [...UNPAID]), lt(scheduleItems.dueDate, today));
    return deps.db.transaction(async (tx) => {
      const batch = tx.select({ id: scheduleItems.id }).from(scheduleItems).where(isDue).orderBy(asc(scheduleItems.dueDate)).limit(deps.config.overdueBatchSize);
      const flagged = await tx
        .update(scheduleItems)
        .set({ status: 'OVERDUE', overdueAt: now, version: sql`${scheduleItems.version} + 1`, updatedAt: now })
        .where(and(inArray(scheduleItems.id, batch), isDue))
        .returning();
      if (flagged.length === 0) return 0;
      const owners = await tx.select().from(policies).where(inArray(policies.id, [...new Set(flagged.map((i) => i.policyId))]));
      for (const policy of owners) {
        for (const item of flagged.filter((i) => i.policyId === policy.id)) await deps.events.instalmentOverdue(tx, policy, item);
        await deps.events.scheduleChanged(tx, policy, await itemsOfPolicy(tx, policy.id), undefined);
      }
      deps.logger.info({ count: flagged.length }, 'instalments flagged overdue');
      return flagged.length;
    });
  }

  return { flagOverdue };
}

export type OverdueService = ReturnType<typeof createOverdueService>;
