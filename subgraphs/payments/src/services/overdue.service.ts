import { inEachZone, overdueBy } from '@crm/platform';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { policies, scheduleItems } from '../db/schema';
import { crmSettingsModel } from './crm-settings.service';
import { itemsOfPolicy } from './policy-lock';
import type { ServiceDeps } from './service-deps';

const UNPAID = ['PLANNED', 'PARTIALLY_PAID'] as const;

/**
 * Flags instalments unpaid past their due date and publishes `payments.instalment.overdue` for each,
 * once: the conditional UPDATE … RETURNING and the outbox rows commit together, and an instance running
 * the same statement concurrently re-checks the status on the rows it waited for and skips them.
 * It never locks policy rows, so it cannot deadlock with writers that lock a policy first.
 * "Overdue" is decided in each organisation's own day, by its time zone (ADR 0046).
 */
export function createOverdueService(deps: ServiceDeps) {
  async function flagOverdue(): Promise<number> {
    const now = deps.clock();
    return deps.db.transaction(async (tx) => {
      const pastDue = inEachZone(crmSettingsModel.zoneOf(scheduleItems.organizationId), await crmSettingsModel.zonesInUse(tx), now, (today) =>
        overdueBy(scheduleItems.dueDate, today),
      );
      const isDue = and(eq(scheduleItems.kind, 'INSTALMENT'), inArray(scheduleItems.status, [...UNPAID]), pastDue);
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
