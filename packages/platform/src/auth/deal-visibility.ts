import type { Identity } from './identity';

export interface DealAccessFacts {
  organizationId: string;
  ownerId: string;
  participantIds: readonly string[];
}

export interface OrganizationAccessSettings {
  /** The organisation lets sellers see every deal, not only their own (CRM's `sellersSeeAllDeals`). */
  sellersSeeAllDeals: boolean;
}

/**
 * Who may see a deal — CRM's rule, which subgraphs holding a read model of deals (Tasks, Payments)
 * apply to the facts CRM's events carry: never across organisations; admins and service principals see
 * the organisation's deals; sellers see all of them if the organisation allows it; anyone sees the
 * deals they own or take part in.
 */
export function canSeeDeal(identity: Identity, deal: DealAccessFacts, settings: OrganizationAccessSettings): boolean {
  if (deal.organizationId !== identity.orgId) return false;
  if (identity.kind === 'service') return true;
  if (identity.roles.includes('ADMIN')) return true;
  if (settings.sellersSeeAllDeals && identity.roles.includes('SELLER')) return true;
  return deal.ownerId === identity.userId || deal.participantIds.includes(identity.userId);
}
