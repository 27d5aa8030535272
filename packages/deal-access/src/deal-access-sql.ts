import type { Identity } from '@crm/platform';
import { and, eq, or, sql, type Column, type SQL } from 'drizzle-orm';
import { ROLE_GRANTS, type DealIntent, type DealRelation } from './deal-access-rule';

/** How one table answers the rule's questions in SQL: CRM's deals and the read models store them differently. */
export interface DealAccessColumns {
  organizationId: Column;
  ownerId: Column;
  /** True where `userId` takes part in the deal. */
  participates(userId: string): SQL;
  /** True where the deal's organisation has `sellersSeeAllDeals` on. */
  sellersSeeAllDeals: SQL;
}

/**
 * `ROLE_GRANTS` as one SQL condition over the deal's row (ADR 0015): lists, entity loaders and locks
 * filter in the database with exactly the rule `dealAccessAllows` applies in memory.
 */
export function dealAccessCondition(intent: DealIntent, identity: Identity, columns: DealAccessColumns): SQL {
  const sameOrg = eq(columns.organizationId, identity.orgId);
  if (identity.kind === 'service') return sameOrg;
  const userId = identity.userId;
  const relationHolds: Record<Exclude<DealRelation, 'NONE'>, () => SQL> = {
    OWNER: () => eq(columns.ownerId, userId),
    PARTICIPANT: () => columns.participates(userId),
  };
  const grants = identity.roles.map((role) => ROLE_GRANTS[role]);
  if (grants.some((grant) => grant.everyDeal)) return sameOrg;
  const relations = new Set(grants.flatMap((grant) => grant.relations.filter((r): r is Exclude<DealRelation, 'NONE'> => r !== 'NONE')));
  const conditions = [...relations].map((relation) => relationHolds[relation]());
  if (intent === 'read' && grants.some((grant) => grant.readsAllWhenSellersSeeAll)) conditions.push(columns.sellersSeeAllDeals);
  return and(sameOrg, conditions.length ? or(...conditions) : sql`false`) as SQL;
}
