import { manyByKey, oneByKey, type Identity } from '@crm/platform';
import type { OrganizationAccessSettings } from '@crm/deal-access';
import DataLoader from 'dataloader';
import type { DealAccessRow, LedgerEntryRow, PolicyRow, ScheduleConflictRow, ScheduleItemRow } from '../db/schema';
import { DEFAULT_ACCESS_SETTINGS } from '@crm/deal-access';
import type { PaymentsServices } from '../services/payments-services';

/**
 * Per-request batch loaders scoped to the caller's organisation: one statement per batch whatever the
 * list length, and an id from another organisation (or any id without a caller) loads as nothing.
 */
export interface PaymentsLoaders {
  policy: DataLoader<string, PolicyRow | null>;
  policiesByDeal: DataLoader<string, PolicyRow[]>;
  itemsByPolicy: DataLoader<string, ScheduleItemRow[]>;
  itemsByDeal: DataLoader<string, ScheduleItemRow[]>;
  entriesByItem: DataLoader<string, LedgerEntryRow[]>;
  conflictsByPolicy: DataLoader<string, ScheduleConflictRow[]>;
  dealAccess: DataLoader<string, DealAccessRow | null>;
  /** Keyed by organisation; only the caller's is ever asked for. */
  accessSettings: DataLoader<string, OrganizationAccessSettings>;
}

export function createPaymentsLoaders(services: PaymentsServices, identity: Identity | null): PaymentsLoaders {
  const orgId = identity?.orgId;
  const { reads } = services;
  return {
    policy: new DataLoader(async (ids) => oneByKey(orgId ? await reads.policiesByIds(orgId, ids) : [], ids, (p) => p.id)),
    policiesByDeal: new DataLoader(async (ids) => manyByKey(orgId ? await reads.policiesByDealIds(orgId, ids) : [], ids, (p) => p.dealId)),
    itemsByPolicy: new DataLoader(async (ids) => manyByKey(orgId ? await reads.itemsByPolicyIds(orgId, ids) : [], ids, (i) => i.policyId)),
    itemsByDeal: new DataLoader(async (ids) => manyByKey(orgId ? await reads.itemsByDealIds(orgId, ids) : [], ids, (i) => i.dealId)),
    entriesByItem: new DataLoader(async (ids) => manyByKey(orgId ? await reads.entriesByItemIds(orgId, ids) : [], ids, (e) => e.itemId)),
    conflictsByPolicy: new DataLoader(async (ids) => manyByKey(orgId ? await reads.conflictsByPolicyIds(orgId, ids) : [], ids, (c) => c.policyId)),
    dealAccess: new DataLoader(async (ids) => oneByKey(orgId ? await reads.dealAccessByIds(orgId, ids) : [], ids, (d) => d.dealId)),
    accessSettings: new DataLoader(async (orgIds) => Promise.all(orgIds.map(async (id) => (id === orgId ? reads.accessSettings(id) : DEFAULT_ACCESS_SETTINGS)))),
  };
}
