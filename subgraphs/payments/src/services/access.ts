import { dealAccessAllows, type DealIntent, type OrganizationAccessSettings } from '@crm/deal-access';
import type { Identity } from '@crm/platform';
import { appError, ErrorCode } from '@crm/platform';
import type { DealAccessRow } from '../db/schema';
import { paymentsText } from '../payments.texts';
import type { Text } from '@crm/texts';

export { requireCaller, requireUser } from '@crm/platform';

/**
 * CRM's deal access rule (`@crm/deal-access`) applied to what the deal and settings events carry
 * (ADR 0009, 0015): reading a deal's money, or recording and correcting it (`write`, which
 * `sellersSeeAllDeals` never grants). Until the deal's first event arrives, the owner named by the
 * policy event stands in, with no participants.
 */
export function dealMoneyAllows(
  intent: DealIntent,
  caller: Identity,
  orgId: string,
  access: DealAccessRow | null,
  fallbackOwnerId: string,
  settings: OrganizationAccessSettings,
): boolean {
  const facts = { organizationId: orgId, ownerId: access?.ownerId ?? fallbackOwnerId, participantIds: access?.participantIds ?? [] };
  return dealAccessAllows(intent, caller, facts, settings);
}

/** A hidden item and a missing one look the same. */
export function notFound(field: string, text: Text = paymentsText('noSuchItem')) {
  return appError(ErrorCode.NotFound, { text, field });
}
