import { canReadDeal, type DealAccessReadModel } from '@crm/deal-access';
import type { Db, Identity, Connection, PageArgs } from '@crm/platform';
import { appError, ErrorCode, pageSize, requireCaller } from '@crm/platform';
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { entries, type EntryRow } from '../db/entries-table';
import { entriesConnection, entriesCursor } from './audit-log.service';
import { auditText } from '../audit.texts';

/**
 * `Deal.auditTrail`: whoever may see the deal (the one rule of `@crm/deal-access`, over Audit's read
 * model of CRM's deal events) reads the entries about it and what hangs on it. A deal of another
 * organisation, or one the caller may not see, is NOT_FOUND, as everywhere: its existence is not told.
 */
export function createDealTrailService(deps: { db: Db; dealAccess: DealAccessReadModel; settingsOf: (db: Db, organizationId: string) => Promise<{ sellersSeeAllDeals: boolean }> }) {
  // Prepared once, named: each connection parses the query once and PostgreSQL soon keeps a generic plan,
  // so a page is not re-planned over every monthly partition and its indexes (ADR 0071).
  const byDeal = and(eq(entries.organizationId, sql.placeholder('organizationId')), eq(entries.dealId, sql.placeholder('dealId')));
  const newestFirst = [desc(entries.recordedAt), desc(entries.sequence)];
  const firstPage = deps.db.select().from(entries).where(byDeal).orderBy(...newestFirst).limit(sql.placeholder('limit')).prepare('audit_deal_trail_first');
  const at = sql`${sql.placeholder('at')}::timestamptz`;
  const before = or(lt(entries.recordedAt, at), and(eq(entries.recordedAt, at), lt(entries.sequence, sql.placeholder('sequence'))));
  const nextPage = deps.db.select().from(entries).where(and(byDeal, before)).orderBy(...newestFirst).limit(sql.placeholder('limit')).prepare('audit_deal_trail_next');

  /** `entriesPage` for one deal, on the prepared queries. */
  async function trailPage(organizationId: string, dealId: string, args: PageArgs): Promise<Connection<EntryRow>> {
    const size = pageSize(args.first);
    const cursor = entriesCursor(args.after);
    const values = { organizationId, dealId, limit: size + 1 };
    const rows = cursor ? await nextPage.execute({ ...values, at: cursor.at.toISOString(), sequence: cursor.sequence }) : await firstPage.execute(values);
    return entriesConnection(rows, size);
  }

  async function trail(caller: Identity | null, dealId: string, args: PageArgs): Promise<Connection<EntryRow>> {
    const identity = requireCaller(caller);
    // The page is read while access is checked (the round trips overlap rather than follow each other)
    // and dropped unread if the caller may not see the deal: NOT_FOUND still comes first (ADR 0071).
    const page = trailPage(identity.orgId, dealId, args);
    page.catch(() => undefined);
    const [deal, settings] = await Promise.all([deps.dealAccess.find(deps.db, identity.orgId, dealId), deps.settingsOf(deps.db, identity.orgId)]);
    if (!deal || !canReadDeal(identity, deal, settings)) throw appError(ErrorCode.NotFound, { text: auditText('dealTrailHidden') });
    return page;
  }

  return { trail };
}

export type DealTrailService = ReturnType<typeof createDealTrailService>;
