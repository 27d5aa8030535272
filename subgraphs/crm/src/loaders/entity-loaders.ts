import { manyByKey, oneByKey, type Identity } from '@crm/platform';
import DataLoader from 'dataloader';
import type { CalculationRow, ClientRow, DealRow, InsuranceProductRow, InsurerRow, JournalEntryRevisionRow, PolicyRow } from '../db/schema';
import type { CrmServices } from '../services/crm-services';
import { participantsOfDeals } from '../services/deal-access';

/**
 * Per-request batch loaders, scoped to the caller: deals and policies load only when the caller may see the deal,
 * everything else only within the caller's organisation; without a caller everything loads as null.
 */
export interface CrmLoaders {
  deal: DataLoader<string, DealRow | null>;
  client: DataLoader<string, ClientRow | null>;
  policy: DataLoader<string, PolicyRow | null>;
  calculation: DataLoader<string, CalculationRow | null>;
  insurer: DataLoader<string, InsurerRow | null>;
  product: DataLoader<string, InsuranceProductRow | null>;
  participantIds: DataLoader<string, string[]>;
  calculationsOfDeal: DataLoader<string, CalculationRow[]>;
  calculationCount: DataLoader<string, number>;
  policiesOfDeal: DataLoader<string, PolicyRow[]>;
  /** Policy id → the id of its newest open renewal deal (visibility is the deal loader's business). */
  openRenewalDealId: DataLoader<string, string | null>;
  productsOfInsurer: DataLoader<string, InsuranceProductRow[]>;
  journalHistory: DataLoader<string, JournalEntryRevisionRow[]>;
}

const byId = (row: { id: string }) => row.id;

export function createCrmLoaders(services: CrmServices, identity: Identity | null): CrmLoaders {
  const orgId = identity?.orgId;
  const scoped = <T>(load: (orgId: string, caller: Identity) => Promise<T>, none: T) => (identity && orgId ? load(orgId, identity) : Promise.resolve(none));
  return {
    deal: new DataLoader(async (ids) => oneByKey(await scoped((_o, caller) => services.dealQueries.visibleDealsByIds(caller, ids), []), ids, byId)),
    client: new DataLoader(async (ids) => oneByKey(await scoped((o) => services.clients.clientsByIds(o, ids), []), ids, byId)),
    policy: new DataLoader(async (ids) => oneByKey(await scoped((_o, caller) => services.policies.visiblePoliciesByIds(caller, ids), []), ids, byId)),
    calculation: new DataLoader(async (ids) => oneByKey(await scoped((o) => services.calculations.calculationsByIds(o, ids), []), ids, byId)),
    insurer: new DataLoader(async (ids) => oneByKey(await scoped((o) => services.reference.insurersByIds(o, ids), []), ids, byId)),
    product: new DataLoader(async (ids) => oneByKey(await scoped((o) => services.reference.productsByIds(o, ids), []), ids, byId)),
    // The keys below are ids of rows a loader above already scoped; they are only ever asked for those.
    participantIds: new DataLoader(async (dealIds) => {
      const map = await participantsOfDeals(services.base.db, dealIds);
      return dealIds.map((id) => map.get(id) ?? []);
    }),
    calculationsOfDeal: new DataLoader(async (dealIds) => manyByKey(await services.calculations.calculationsOfDeals(dealIds), dealIds, (c) => c.dealId)),
    calculationCount: new DataLoader(async (dealIds) => {
      const counts = await services.calculations.countsOfDeals(dealIds);
      return dealIds.map((id) => counts.get(id) ?? 0);
    }),
    policiesOfDeal: new DataLoader(async (dealIds) => manyByKey(await services.policies.policiesOfDeals(dealIds), dealIds, (p) => p.dealId)),
    openRenewalDealId: new DataLoader(async (policyIds) => {
      const rows = await services.policies.openRenewalDeals(policyIds);
      return policyIds.map((id) => rows.find((d) => d.renewalOfPolicyId === id)?.id ?? null);
    }),
    productsOfInsurer: new DataLoader(async (insurerIds) => {
      const rows = await scoped((o) => services.reference.productsOfInsurers(o, insurerIds), []);
      return insurerIds.map((id) => rows.filter((p) => p.insurerId === id || p.insurerId === null));
    }),
    journalHistory: new DataLoader(async (entryIds) => manyByKey(await scoped((o) => services.journal.revisionsOf(o, entryIds), []), entryIds, (r) => r.entryId)),
  };
}
