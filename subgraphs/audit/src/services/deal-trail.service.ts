import { canReadDeal, type DealAccessReadModel } from '@crm/deal-access';
import type { Db, Identity, Connection, PageArgs } from '@crm/platform';
import { appError, ErrorCode, requireCaller } from '@crm/platform';
import { eq } from 'drizzle-orm';
import { entries, type EntryRow } from '../db/entries-table';
import { entriesPage } from './audit-log.service';
import { auditText } from '../audit.texts';

/**
 * `Deal.auditTrail`: whoever may see the deal (the one rule of `@crm/deal-access`, over Audit's read
 * model of CRM's deal events) reads the entries about it and what hangs on it. A deal of another
 * organisation, or one the caller may not see, is NOT_FOUND, as everywhere: its existence is not told.
 */
export function createDealTrailService(deps: { db: Db; dealAccess: DealAccessReadModel; settingsOf: (db: Db, organizationId: string) => Promise<{ sellersSeeAllDeals: boolean }> }) {
  async function trail(caller: Identity | null, dealId: string, args: PageArgs): Promise<Connection<EntryRow>> {
    const identity = requireCaller(caller);
    const deal = await deps.dealAccess.find(deps.db, identity.orgId, dealId);
    if (!deal || !canReadDeal(identity, deal, await deps.settingsOf(deps.db, identity.orgId))) {
      throw appError(ErrorCode.NotFound, { text: auditText('dealTrailHidden') });
    }
    return entriesPage(deps.db, identity.orgId, [eq(entries.dealId, dealId)], args);
  }

  return { trail };
}

export type DealTrailService = ReturnType<typeof createDealTrailService>;
