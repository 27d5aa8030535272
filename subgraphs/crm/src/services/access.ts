import type { Identity, UserIdentity } from '@crm/platform';
import { hasRole, requireRole } from '@crm/platform';
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { dealParticipants, deals, orgSettings } from '../db/schema';

export { requireAdmin, requireCaller, requireUser } from '@crm/platform';

/** Sellers and admins open deals and keep client records; executors work on deals they are given. */
export function requireSellerOrAdmin(caller: Identity | null): UserIdentity {
  return requireRole(caller, ['SELLER', 'ADMIN'], 'Only a seller or an administrator can do this');
}

/**
 * The deals `caller` may see, as one SQL condition (no extra round trip): admins and service principals
 * every deal of their organisation; a seller the deals they own or participate in, or all when the
 * organisation allows it; an executor the deals they participate in. Never another organisation's.
 */
export function visibleDeals(caller: Identity): SQL {
  const sameOrg = eq(deals.organizationId, caller.orgId);
  if (caller.kind === 'service' || hasRole(caller, 'ADMIN')) return sameOrg;
  const participates = sql`EXISTS (SELECT 1 FROM ${dealParticipants} WHERE ${dealParticipants.dealId} = ${deals.id} AND ${dealParticipants.userId} = ${caller.userId})`;
  const sellerSeesAll = hasRole(caller, 'SELLER')
    ? sql`EXISTS (SELECT 1 FROM ${orgSettings} WHERE ${orgSettings.organizationId} = ${deals.organizationId} AND ${orgSettings.sellersSeeAllDeals})`
    : undefined;
  const own = hasRole(caller, 'SELLER') ? eq(deals.ownerId, caller.userId) : undefined;
  return and(sameOrg, or(own, participates, sellerSeesAll)) as SQL;
}
