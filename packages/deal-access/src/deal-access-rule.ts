import type { Identity, Role } from '@crm/platform';

export interface DealAccessFacts {
  organizationId: string;
  ownerId: string;
  participantIds: readonly string[];
}

export interface OrganizationAccessSettings {
  /** The organisation lets sellers see every deal, not only their own (CRM's `sellersSeeAllDeals`). */
  sellersSeeAllDeals: boolean;
}

/** How a person stands to a deal. An executor with a task on it is a participant (CRM adds them). */
export type DealRelation = 'OWNER' | 'PARTICIPANT' | 'NONE';

export type DealIntent = 'read' | 'write';

export interface RoleGrant {
  /** Every deal of the organisation, read and write. */
  everyDeal: boolean;
  /** The relations that let the role read the deal; writing needs the same relation (SPEC: seeing is not writing). */
  relations: readonly DealRelation[];
  /** With `sellersSeeAllDeals` on, the role reads (never writes) every deal. */
  readsAllWhenSellersSeeAll: boolean;
  /** On a deal it may write, the role may give others access to it (participants, task assignees). */
  grantsAccess: boolean;
}

/**
 * SPEC "Seeing and writing a deal" as data (ADR 0015), the only statement of it: CRM's SQL
 * (`dealAccessCondition`) and every read model (`canReadDeal`, `canWriteDeal`) are built from it.
 * A person holding several roles gets the union.
 */
export const ROLE_GRANTS: Readonly<Record<Role, RoleGrant>> = {
  ADMIN: { everyDeal: true, relations: [], readsAllWhenSellersSeeAll: false, grantsAccess: true },
  SELLER: { everyDeal: false, relations: ['OWNER', 'PARTICIPANT'], readsAllWhenSellersSeeAll: true, grantsAccess: true },
  EXECUTOR: { everyDeal: false, relations: ['PARTICIPANT'], readsAllWhenSellersSeeAll: false, grantsAccess: false },
};

export function relationTo(userId: string, deal: Pick<DealAccessFacts, 'ownerId' | 'participantIds'>): DealRelation {
  if (deal.ownerId === userId) return 'OWNER';
  return deal.participantIds.includes(userId) ? 'PARTICIPANT' : 'NONE';
}

/**
 * Whether `identity` may read or write the deal: never across organisations; service principals act for
 * the whole organisation; a person by the grants of their roles.
 */
export function dealAccessAllows(intent: DealIntent, identity: Identity, deal: DealAccessFacts, settings: OrganizationAccessSettings): boolean {
  if (deal.organizationId !== identity.orgId) return false;
  if (identity.kind === 'service') return true;
  const relation = relationTo(identity.userId, deal);
  return identity.roles.some((role) => {
    const grant = ROLE_GRANTS[role];
    if (grant.everyDeal || grant.relations.includes(relation)) return true;
    return intent === 'read' && grant.readsAllWhenSellersSeeAll && settings.sellersSeeAllDeals;
  });
}

export function canReadDeal(identity: Identity, deal: DealAccessFacts, settings: OrganizationAccessSettings): boolean {
  return dealAccessAllows('read', identity, deal, settings);
}

/** Change the deal and what hangs on it (journal, policies, money, participants): no setting widens it. */
export function canWriteDeal(identity: Identity, deal: DealAccessFacts): boolean {
  return dealAccessAllows('write', identity, deal, { sellersSeeAllDeals: false });
}

/**
 * May `identity` make someone a participant of the deal (directly, or by assigning them a task on it)?
 * Only who may write the deal and holds a role that grants access: no sideways grants (ADR 0016).
 */
export function canGrantDealAccess(identity: Identity, deal: DealAccessFacts): boolean {
  if (!canWriteDeal(identity, deal)) return false;
  return identity.kind === 'service' || identity.roles.some((role) => ROLE_GRANTS[role].grantsAccess);
}
