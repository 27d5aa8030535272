import type { Identity, UserIdentity } from '@crm/platform';
import { platformText, requireRole } from '@crm/platform';
import { dealAccessCondition, type DealAccessColumns, type DealIntent } from '@crm/deal-access';
import { sql, type SQL } from 'drizzle-orm';
import { dealParticipants, deals, orgSettings } from '../db/schema';

export { requireAdmin, requireCaller, requireUser } from '@crm/platform';

/** Sellers and admins open deals and keep client records; executors work on deals they are given. */
export function requireSellerOrAdmin(caller: Identity | null): UserIdentity {
  return requireRole(caller, ['SELLER', 'ADMIN'], platformText('sellerOrAdminOnly'));
}

/** CRM's own tables answering the questions of `@crm/deal-access`'s rule. */
const dealColumns: DealAccessColumns = {
  organizationId: deals.organizationId,
  ownerId: deals.ownerId,
  participates: (userId) => sql`EXISTS (SELECT 1 FROM ${dealParticipants} WHERE ${dealParticipants.dealId} = ${deals.id} AND ${dealParticipants.userId} = ${userId})`,
  sellersSeeAllDeals: sql`EXISTS (SELECT 1 FROM ${orgSettings} WHERE ${orgSettings.organizationId} = ${deals.organizationId} AND ${orgSettings.sellersSeeAllDeals})`,
};

/**
 * The deals `caller` may read (or change), as one SQL condition built from the one rule in
 * `@crm/deal-access` (ADR 0010, 0015): used by every query and by the DataLoader behind
 * `__resolveReference`, so a list and an entity fetch never disagree. Never another organisation's.
 */
export function dealsAllowed(intent: DealIntent, caller: Identity): SQL {
  return dealAccessCondition(intent, caller, dealColumns);
}

export function visibleDeals(caller: Identity): SQL {
  return dealsAllowed('read', caller);
}
