import type { Identity, OrganizationAccessSettings } from '@crm/platform';
import { appError, canSeeDeal, ErrorCode } from '@crm/platform';
import type { DealAccessRow } from '../db/schema';

export { requireCaller, requireUser } from '@crm/platform';

/**
 * CRM's deal visibility (platform's `canSeeDeal`) applied to what the deal and settings events carry
 * (ADR 0009). Until the deal's first event arrives, the owner named by the policy event stands in,
 * with no participants.
 */
export function canSeeDealMoney(
  caller: Identity,
  orgId: string,
  access: DealAccessRow | null,
  fallbackOwnerId: string,
  settings: OrganizationAccessSettings,
): boolean {
  const facts = { organizationId: orgId, ownerId: access?.ownerId ?? fallbackOwnerId, participantIds: access?.participantIds ?? [] };
  return canSeeDeal(caller, facts, settings);
}

/** A hidden item and a missing one look the same. */
export function notFound(field: string, what = 'No such item') {
  return appError(ErrorCode.NotFound, { message: what, field });
}
