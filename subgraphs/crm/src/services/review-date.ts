import { addDays, type Executor } from '@crm/platform';
import { and, eq, inArray } from 'drizzle-orm';
import { deals, policies, type DealRow, type PolicyRow } from '../db/schema';
import { settingsOf } from './settings.service';

/** Policies that still bring a deal back: a cancelled or expired one no longer does. */
const LIVE_STATUSES = ['DRAFT', 'ACTIVE'] as const;

export type ReviewInputs = Pick<PolicyRow, 'endDate' | 'status' | 'nextUnpaidDueDate'>;

/**
 * The automatic review date: the nearest of each live policy's end minus the lead time and its
 * nearest unpaid instalment due date (as Payments last reported it); null with nothing to watch.
 */
export function automaticReviewDate(items: readonly ReviewInputs[], leadDays: number): string | null {
  const candidates = items
    .filter((p) => (LIVE_STATUSES as readonly string[]).includes(p.status))
    .flatMap((p) => [addDays(p.endDate, -leadDays), ...(p.nextUnpaidDueDate ? [p.nextUnpaidDueDate] : [])]);
  return candidates.length ? candidates.reduce((a, b) => (a < b ? a : b)) : null;
}

/**
 * Recomputes a (locked) deal's review date inside `tx`, unless a user set it by hand. Derived state:
 * it does not bump the deal's version, so a user's edit in flight is not refused for it.
 * Returns the deal as it now is and whether the date changed.
 */
export async function recomputeReviewDate(tx: Executor, deal: DealRow): Promise<{ deal: DealRow; changed: boolean }> {
  if (deal.reviewDateManual) return { deal, changed: false };
  const [settings, rows] = await Promise.all([
    settingsOf(tx, deal.organizationId),
    tx
      .select({ endDate: policies.endDate, status: policies.status, nextUnpaidDueDate: policies.nextUnpaidDueDate })
      .from(policies)
      .where(and(eq(policies.dealId, deal.id), inArray(policies.status, [...LIVE_STATUSES]))),
  ]);
  const reviewDate = automaticReviewDate(rows, settings.renewalLeadDays);
  if (reviewDate === deal.reviewDate) return { deal, changed: false };
  const [updated] = await tx.update(deals).set({ reviewDate }).where(eq(deals.id, deal.id)).returning();
  return { deal: updated!, changed: true };
}
