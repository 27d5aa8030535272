import type { ScheduledJob } from '@crm/platform';
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import { deals, orgSettings } from '../db/schema';
import { rowChanges } from '../events/crm-events.publisher';
import { DEFAULT_REVIEW_DATES_EVERY_MS } from '../env';
import type { CrmServices } from '../services/crm-services';
import { dealState } from '../services/deal-access';
import { recomputeReviewDate } from '../services/review-date';

const BATCH = 100;

/**
 * After an admin changes `renewalLeadDays` or the time zone, recomputes the automatic review date of
 * every deal of the organisation (ADR 0046), not only at each deal's next change. Idempotent: a deal
 * whose date is already right is left alone, so a crash or a second instance only repeats cheap reads.
 * Batches of deals by id, each its own short transaction with the deals locked; progress is logged.
 */
export function createReviewDatesJob(services: CrmServices, everyMs = DEFAULT_REVIEW_DATES_EVERY_MS): ScheduledJob & { runOnce(): Promise<number> } {
  const { db, logger, events } = services.base;

  /** One batch of an organisation's deals after `afterId`; returns the last id seen and how many dates moved. */
  async function batch(organizationId: string, afterId: string | null): Promise<{ lastId: string | null; moved: number }> {
    return db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(deals)
        .where(and(eq(deals.organizationId, organizationId), eq(deals.reviewDateManual, false), afterId ? gt(deals.id, afterId) : undefined))
        .orderBy(asc(deals.id))
        .limit(BATCH)
        .for('update');
      let moved = 0;
      for (const deal of rows) {
        const review = await recomputeReviewDate(tx, deal);
        if (!review.changed) continue;
        moved += 1;
        await events.dealUpdated(tx, await dealState(tx, review.deal), rowChanges(deal, review.deal, ['reviewDate']), null);
      }
      return { lastId: rows.length === BATCH ? rows[rows.length - 1]!.id : null, moved };
    });
  }

  /** Recomputes one organisation whose review dates are behind its settings; returns how many dates moved. */
  async function recomputeOrganization(organizationId: string, settingsVersion: number): Promise<number> {
    const log = logger.child({ job: 'crm.review-dates', organizationId, settingsVersion });
    log.info('recomputing review dates after a settings change');
    let afterId: string | null = null;
    let moved = 0;
    let batches = 0;
    do {
      const result = await batch(organizationId, afterId);
      afterId = result.lastId;
      moved += result.moved;
      batches += 1;
      log.info({ batches, moved }, 'review dates: batch done');
    } while (afterId);
    // A change made meanwhile left the version higher still: the next run goes through the deals again.
    await db
      .update(orgSettings)
      .set({ reviewDatesVersion: sql`greatest(${orgSettings.reviewDatesVersion}, ${settingsVersion})` })
      .where(eq(orgSettings.organizationId, organizationId));
    log.info({ moved }, 'review dates recomputed');
    return moved;
  }

  async function runOnce(): Promise<number> {
    const behind = await db
      .select({ organizationId: orgSettings.organizationId, version: orgSettings.version })
      .from(orgSettings)
      .where(lt(orgSettings.reviewDatesVersion, orgSettings.version));
    let moved = 0;
    for (const org of behind) moved += await recomputeOrganization(org.organizationId, org.version);
    return moved;
  }

  return {
    name: 'crm.review-dates',
    everyMs,
    runOnce,
    async run() {
      await runOnce();
    },
  };
}
