import type { Identity, Executor } from '@crm/platform';
import { appError, ErrorCode, platformText } from '@crm/platform';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { dealParticipants, deals, type DealRow } from '../db/schema';
import type { DealState } from '../events/crm-events.publisher';
import { dealsAllowed, visibleDeals } from './access';
import { crmText } from '../crm.texts';

export interface LoadDealOptions {
  /** Lock the row for the rest of the transaction (changes). */
  lock?: boolean;
  /** The version the caller read; a different one is a CONFLICT. */
  version?: number | undefined;
  /** The input field that named the deal, for the error. */
  field?: string;
}

/** A deal the caller may see, or NOT_FOUND: a hidden deal and a missing one look the same. */
export async function loadVisibleDeal(db: Executor, caller: Identity, dealId: string, options: LoadDealOptions = {}): Promise<DealRow> {
  return loadDeal(db, caller, dealId, 'read', options);
}

/**
 * A deal the caller may change (it, its journal, calculations, policies, participants): NOT_FOUND when
 * they may not even see it, FORBIDDEN when they see it only (`sellersSeeAllDeals`; ADR 0015).
 */
export async function loadWritableDeal(db: Executor, caller: Identity, dealId: string, options: LoadDealOptions = {}): Promise<DealRow> {
  return loadDeal(db, caller, dealId, 'write', options);
}

async function loadDeal(db: Executor, caller: Identity, dealId: string, intent: 'read' | 'write', options: LoadDealOptions): Promise<DealRow> {
  const field = options.field ?? 'input.id';
  const query = db
    .select({ deal: deals, writable: sql<boolean>`${dealsAllowed('write', caller)}` })
    .from(deals)
    .where(and(eq(deals.id, dealId), visibleDeals(caller)));
  const [found] = options.lock ? await query.for('update') : await query;
  if (!found) throw appError(ErrorCode.NotFound, { text: crmText('noSuchDeal'), field });
  if (intent === 'write' && !found.writable) {
    throw appError(ErrorCode.Forbidden, { text: crmText('dealWriteNotAllowed'), field });
  }
  if (options.version !== undefined && found.deal.version !== options.version) {
    throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version' });
  }
  return found.deal;
}

export async function participantIdsOf(db: Executor, dealId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: dealParticipants.userId })
    .from(dealParticipants)
    .where(eq(dealParticipants.dealId, dealId))
    .orderBy(asc(dealParticipants.addedAt), asc(dealParticipants.userId));
  return rows.map((r) => r.userId);
}

export async function dealState(db: Executor, deal: DealRow): Promise<DealState> {
  return { deal, participantIds: await participantIdsOf(db, deal.id) };
}

/** Participants of many deals in one statement, for loaders. */
export async function participantsOfDeals(db: Executor, dealIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(dealIds.map((id) => [id, []]));
  if (dealIds.length === 0) return result;
  const rows = await db
    .select()
    .from(dealParticipants)
    .where(inArray(dealParticipants.dealId, [...dealIds]))
    .orderBy(asc(dealParticipants.addedAt), asc(dealParticipants.userId));
  for (const row of rows) result.get(row.dealId)?.push(row.userId);
  return result;
}
