import { dueBy, inEachZone, type ScheduledJob } from '@crm/platform';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { deals } from '../db/schema';
import { crmZonesInUse, organizationZoneOf } from '../services/organization-day';
import type { CrmServices } from '../services/crm-services';
import { participantsOfDeals } from '../services/deal-access';

const BATCH = 200;

/**
 * Publishes crm.deal.review_due once per deal per review date. Each run claims due deals with
 * FOR UPDATE SKIP LOCKED and marks them in the same transaction as the events, so several instances
 * never publish the same date twice; a deal snoozed to a new date becomes due again on that date.
 * "Due" is decided in each organisation's own day (ADR 0046): at 01:00 in Moscow today's deals are due.
 */
export function createReviewDueJob(services: CrmServices, everyMs = 60_000): ScheduledJob & { runOnce(): Promise<number> } {
  const { db, clock, events } = services.base;

  async function runOnce(): Promise<number> {
    const now = clock();
    return db.transaction(async (tx) => {
      const due = inEachZone(organizationZoneOf(deals.organizationId), await crmZonesInUse(tx), now, (today) => dueBy(deals.reviewDate, today));
      const claimed = await tx
        .select({ id: deals.id })
        .from(deals)
        .where(and(eq(deals.archived, false), due, sql`${deals.reviewDuePublishedFor} IS DISTINCT FROM ${deals.reviewDate}`))
        .orderBy(asc(deals.reviewDate))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      if (claimed.length === 0) return 0;
      const published = await tx
        .update(deals)
        .set({ reviewDuePublishedFor: sql`${deals.reviewDate}` })
        .where(inArray(deals.id, claimed.map((r) => r.id)))
        .returning();
      const participants = await participantsOfDeals(tx, published.map((d) => d.id));
      for (const deal of published) await events.reviewDue(tx, { deal, participantIds: participants.get(deal.id) ?? [] }, deal.reviewDate!);
      return published.length;
    });
  }

  return {
    name: 'crm.review-due',
    everyMs,
    runOnce,
    async run() {
      // Drain the backlog in batches; each batch is its own short transaction.
      while ((await runOnce()) === BATCH);
    },
  };
}
