import { and, asc, eq, inArray } from 'drizzle-orm';
import { dealAccess, ledgerEntries, policies, scheduleConflicts, scheduleItems, type DealAccessRow, type LedgerEntryRow, type PolicyRow, type ScheduleConflictRow, type ScheduleItemRow } from '../db/schema';
import { accessSettingsOf } from './crm-settings.service';
import type { ServiceDeps } from './service-deps';

/** Batched, organisation-scoped reads behind the per-request loaders: one statement per batch. */
export function createReadsService({ db }: Pick<ServiceDeps, 'db'>) {
  const none = <T>(): Promise<T[]> => Promise.resolve([]);
  return {
    policiesByIds: (orgId: string, ids: readonly string[]): Promise<PolicyRow[]> =>
      ids.length ? db.select().from(policies).where(and(eq(policies.organizationId, orgId), inArray(policies.id, [...ids]))) : none(),
    policiesByDealIds: (orgId: string, dealIds: readonly string[]): Promise<PolicyRow[]> =>
      dealIds.length
        ? db.select().from(policies).where(and(eq(policies.organizationId, orgId), inArray(policies.dealId, [...dealIds]))).orderBy(asc(policies.createdAt), asc(policies.id))
        : none(),
    itemsByPolicyIds: (orgId: string, policyIds: readonly string[]): Promise<ScheduleItemRow[]> =>
      policyIds.length ? db.select().from(scheduleItems).where(and(eq(scheduleItems.organizationId, orgId), inArray(scheduleItems.policyId, [...policyIds]))) : none(),
    itemsByDealIds: (orgId: string, dealIds: readonly string[]): Promise<ScheduleItemRow[]> =>
      dealIds.length ? db.select().from(scheduleItems).where(and(eq(scheduleItems.organizationId, orgId), inArray(scheduleItems.dealId, [...dealIds]))) : none(),
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
    accessSettings: (orgId: string) => accessSettingsOf(db, orgId),
    dealAccessByIds: (orgId: string, dealIds: readonly string[]): Promise<DealAccessRow[]> =>
      dealIds.length ? db.select().from(dealAccess).where(and(eq(dealAccess.organizationId, orgId), inArray(dealAccess.dealId, [...dealIds]))) : none(),
  };
}

export type ReadsService = ReturnType<typeof createReadsService>;
