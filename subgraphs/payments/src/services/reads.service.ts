import { and, asc, eq, inArray, sql, type Column } from 'drizzle-orm';
import { dealAccess, ledgerEntries, policies, scheduleConflicts, scheduleItems, type DealAccessRow, type LedgerEntryRow, type PolicyRow, type ScheduleConflictRow, type ScheduleItemRow } from '../db/schema';
import { crmSettingsModel } from './crm-settings.service';
import type { ServiceDeps } from './service-deps';

/** `column = ANY(:name)`: the batch's keys as one array parameter, so one prepared statement serves every batch size. */
const anyOf = (column: Column, name: string) => sql`${column} = ANY(${sql.placeholder(name)})`;
const caller = sql.placeholder('orgId');

/** The reads a deal card's money summary makes at every live event, prepared once. */
function prepareDealMoneyReads(db: ServiceDeps['db']) {
  return {
    policiesByDeal: db
      .select()
      .from(policies)
      .where(and(eq(policies.organizationId, caller), anyOf(policies.dealId, 'dealIds')))
      .orderBy(asc(policies.createdAt), asc(policies.id))
      .prepare('payments_policies_by_deal'),
    itemsByDeal: db.select().from(scheduleItems).where(and(eq(scheduleItems.organizationId, caller), anyOf(scheduleItems.dealId, 'dealIds'))).prepare('payments_items_by_deal'),
    dealAccess: db.select().from(dealAccess).where(and(eq(dealAccess.organizationId, caller), anyOf(dealAccess.dealId, 'dealIds'))).prepare('payments_deal_access'),
    accessSettings: crmSettingsModel.preparedRead(db, 'payments_access_settings'),
  };
}

/**
 * Batched, organisation-scoped reads behind the per-request loaders: one statement per batch. What a deal
 * card's money summary reads at every live event (policies, items, deal access, settings) is prepared
 * once: drizzle building the SQL again at each call was the largest part of the subgraphs' CPU per card.
 */
export function createReadsService({ db }: Pick<ServiceDeps, 'db'>) {
  const none = <T>(): Promise<T[]> => Promise.resolve([]);
  // Prepared at the first read, not here: building the module does no database work (index.test.ts).
  let prepared: ReturnType<typeof prepareDealMoneyReads> | undefined;
  const dealMoneyReads = () => (prepared ??= prepareDealMoneyReads(db));
  return {
    policiesByIds: (orgId: string, ids: readonly string[]): Promise<PolicyRow[]> =>
      ids.length ? db.select().from(policies).where(and(eq(policies.organizationId, orgId), inArray(policies.id, [...ids]))) : none(),
    policiesByDealIds: (orgId: string, dealIds: readonly string[]): Promise<PolicyRow[]> => (dealIds.length ? dealMoneyReads().policiesByDeal.execute({ orgId, dealIds }) : none()),
    itemsByPolicyIds: (orgId: string, policyIds: readonly string[]): Promise<ScheduleItemRow[]> =>
      policyIds.length ? db.select().from(scheduleItems).where(and(eq(scheduleItems.organizationId, orgId), inArray(scheduleItems.policyId, [...policyIds]))) : none(),
    itemsByDealIds: (orgId: string, dealIds: readonly string[]): Promise<ScheduleItemRow[]> => (dealIds.length ? dealMoneyReads().itemsByDeal.execute({ orgId, dealIds }) : none()),
    entriesByItemIds: (orgId: string, itemIds: readonly string[]): Promise<LedgerEntryRow[]> =>
      itemIds.length
        ? db
            .select()
            .from(ledgerEntries)
            .where(and(eq(ledgerEntries.organizationId, orgId), inArray(ledgerEntries.itemId, [...itemIds])))
            .orderBy(asc(ledgerEntries.createdAt), asc(ledgerEntries.id))
        : none(),
    conflictsByPolicyIds: (orgId: string, policyIds: readonly string[]): Promise<ScheduleConflictRow[]> =>
      policyIds.length
        ? db
            .select()
            .from(scheduleConflicts)
            .where(and(eq(scheduleConflicts.organizationId, orgId), inArray(scheduleConflicts.policyId, [...policyIds])))
            .orderBy(asc(scheduleConflicts.detectedAt), asc(scheduleConflicts.id))
        : none(),
    accessSettings: (orgId: string) => dealMoneyReads().accessSettings(orgId),
    dealAccessByIds: (orgId: string, dealIds: readonly string[]): Promise<DealAccessRow[]> => (dealIds.length ? dealMoneyReads().dealAccess.execute({ orgId, dealIds }) : none()),
  };
}

export type ReadsService = ReturnType<typeof createReadsService>;
