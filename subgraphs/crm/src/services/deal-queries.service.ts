import type { DealStage } from '@crm/contracts';
import type { Identity, Connection, PageArgs } from '@crm/platform';
import { checkedId, cursorPart, decodeCursor, dueBy, pageSize, toConnection } from '@crm/platform';
import type { z } from 'zod';
import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { clients, dealParticipants, deals, type DealRow } from '../db/schema';
import { requireCaller, visibleDeals } from './access';
import { matchesSearch } from './clients.service';
import { idSchema } from './input-schemas';
import type { ServiceDeps } from './service-deps';
import { todayOf } from './settings.service';

export interface DealsFilter {
  mine?: boolean | null | undefined;
  stages?: DealStage[] | null | undefined;
  ownerId?: string | null | undefined;
  clientId?: string | null | undefined;
  reviewDueBy?: string | null | undefined;
  /** Due for review by the organisation's today (ADR 0046); the server's clock decides. */
  reviewDue?: boolean | null | undefined;
  search?: string | null | undefined;
  archived?: boolean | null | undefined;
}

export type DealSortField = 'UPDATED_AT' | 'CREATED_AT' | 'REVIEW_DATE' | 'TITLE';
export interface DealSort {
  field: DealSortField;
  direction?: 'ASC' | 'DESC' | null | undefined;
}

export interface DealConnection extends Connection<DealRow> {
  /** Counted only when asked for: a list without totals costs one statement. */
  totalCount: () => Promise<number>;
}

const NO_REVIEW = '9999-12-31';

/** Sort key expressions; the cursor holds the key as text and is cast back for the comparison. */
type SortKey = { expr: SQL; cast: string; part: z.ZodType<string>; of: (d: DealRow) => string };
const sortKeys: Record<DealSortField, SortKey> = {
  UPDATED_AT: { expr: sql`${deals.updatedAt}`, cast: 'timestamptz', part: cursorPart.instant, of: (d) => d.updatedAt.toISOString() },
  CREATED_AT: { expr: sql`${deals.createdAt}`, cast: 'timestamptz', part: cursorPart.instant, of: (d) => d.createdAt.toISOString() },
  REVIEW_DATE: { expr: sql`coalesce(${deals.reviewDate}, ${NO_REVIEW}::date)`, cast: 'date', part: cursorPart.day, of: (d) => d.reviewDate ?? NO_REVIEW },
  TITLE: { expr: sql`lower(${deals.title})`, cast: 'text', part: cursorPart.text, of: (d) => d.title.toLowerCase() },
};

const reviewDueKey: SortKey = { expr: sql`${deals.reviewDate}`, cast: 'date', part: cursorPart.day, of: (d: DealRow) => d.reviewDate ?? NO_REVIEW };

export function createDealQueriesService({ db, clock }: ServiceDeps) {
  /** `reviewDue: true` becomes `reviewDueBy` the organisation's today (the earlier of the two when both are given). */
  async function withReviewDay(caller: Identity, filter: DealsFilter | null | undefined): Promise<DealsFilter | null | undefined> {
    if (!filter?.reviewDue) return filter;
    const today = await todayOf(db, caller.orgId, clock());
    return { ...filter, reviewDueBy: filter.reviewDueBy && filter.reviewDueBy < today ? filter.reviewDueBy : today };
  }

  function filterConditions(caller: Identity, filter: DealsFilter | null | undefined, withStages = true): SQL[] {
    const conditions: SQL[] = [visibleDeals(caller), eq(deals.archived, filter?.archived ?? false)];
    if (filter?.mine && caller.kind === 'user') {
      const participates = sql`EXISTS (SELECT 1 FROM ${dealParticipants} WHERE ${dealParticipants.dealId} = ${deals.id} AND ${dealParticipants.userId} = ${caller.userId})`;
      conditions.push(or(eq(deals.ownerId, caller.userId), participates)!);
    }
    if (withStages && filter?.stages?.length) conditions.push(inArray(deals.stage, filter.stages));
    if (filter?.ownerId) conditions.push(eq(deals.ownerId, checkedId(filter.ownerId, 'filter.ownerId')));
    if (filter?.clientId) conditions.push(eq(deals.clientId, checkedId(filter.clientId, 'filter.clientId')));
    if (filter?.reviewDueBy) conditions.push(dueBy(deals.reviewDate, filter.reviewDueBy));
    if (filter?.search?.trim()) {
      const clientMatches = sql`SELECT ${clients.id} FROM ${clients} WHERE ${clients.organizationId} = ${caller.orgId} AND ${matchesSearch(clients.searchText, filter.search)}`;
      conditions.push(or(matchesSearch(sql`lower(${deals.title})`, filter.search), sql`${deals.clientId} IN (${clientMatches})`)!);
    }
    return conditions;
  }

  async function listDeals(caller: Identity | null, query: PageArgs & { filter?: DealsFilter | null; sort?: DealSort | null }): Promise<DealConnection> {
    const identity = requireCaller(caller);
    const args = { ...query, filter: await withReviewDay(identity, query.filter) };
    const size = pageSize(args.first, 20);
    const sort = args.sort ?? (args.filter?.reviewDueBy ? { field: 'REVIEW_DATE' as const, direction: 'ASC' as const } : { field: 'UPDATED_AT' as const });
    // "To review" rows all have a date: the plain column lets the (organization, review_date, id) index order them.
    const key = sort.field === 'REVIEW_DATE' && args.filter?.reviewDueBy ? reviewDueKey : sortKeys[sort.field];
    const ascending = sort.direction === 'ASC';
    const conditions = filterConditions(identity, args.filter);
    const after = decodeCursor(args.after, [key.part, cursorPart.id]);
    const where = and(...conditions);
    const page = after
      ? and(where, ascending ? sql`(${key.expr}, ${deals.id}) > (${after[0]}::${sql.raw(key.cast)}, ${after[1]}::uuid)` : sql`(${key.expr}, ${deals.id}) < (${after[0]}::${sql.raw(key.cast)}, ${after[1]}::uuid)`)
      : where;
    const order = ascending ? [asc(key.expr), asc(deals.id)] : [desc(key.expr), desc(deals.id)];
    const rows = await db.select().from(deals).where(page).orderBy(...order).limit(size + 1);
    return {
      ...toConnection(rows, size, (d) => [key.of(d), d.id]),
      totalCount: async () => {
        const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(deals).where(where);
        return row?.count ?? 0;
      },
    };
  }

  /** Counts per stage for a kanban board (every stage, zeros included), one statement. */
  async function stageCounts(caller: Identity | null, filter: DealsFilter | null | undefined): Promise<{ stage: DealStage; count: number }[]> {
    const identity = requireCaller(caller);
    const rows = await db
      .select({ stage: deals.stage, count: sql<number>`count(*)::int` })
      .from(deals)
      .where(and(...filterConditions(identity, await withReviewDay(identity, filter), false)))
      .groupBy(deals.stage);
    const counts = new Map(rows.map((r) => [r.stage, r.count]));
    const stages: DealStage[] = ['NEW', 'CALCULATION', 'NEGOTIATION', 'ISSUING', 'ACTIVE', 'CLOSED_WON', 'CLOSED_LOST'];
    return stages.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
  }

  /** Batch read for loaders and `_entities`: the deals among `ids` the caller may see. */
  async function visibleDealsByIds(caller: Identity, ids: readonly string[]): Promise<DealRow[]> {
    const valid = ids.filter((id) => idSchema.safeParse(id).success);
    return valid.length ? db.select().from(deals).where(and(visibleDeals(caller), inArray(deals.id, valid))) : [];
  }

  return { listDeals, stageCounts, visibleDealsByIds };
}

export type DealQueriesService = ReturnType<typeof createDealQueriesService>;
