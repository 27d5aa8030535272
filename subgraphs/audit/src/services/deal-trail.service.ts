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
    // The page is read while access is checked (the round trips overlap rather than follow each other)
    // and dropped unread if the caller may not see the deal: NOT_FOUND still comes first (ADR 0071).
    const page = entriesPage(deps.db, identity.orgId, [eq(entries.dealId, dealId)], args);
    page.catch(() => undefined);
    const [deal, settings] = await Promise.all([deps.dealAccess.find(deps.db, identity.orgId, dealId), deps.settingsOf(deps.db, identity.orgId)]);
    if (!deal || !canReadDeal(identity, deal, settings)) throw appError(ErrorCode.NotFound, { text: auditText('dealTrailHidden') });
    return page;
  }

  return { trail };
}

export type DealTrailService = ReturnType<typeof createDealTrailService>;
