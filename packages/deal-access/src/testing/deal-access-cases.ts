import type { Identity, Role } from '@crm/platform';
import type { DealRelation } from '../deal-access-rule';

export interface DealAccessCase {
  who: string;
  /** A person's roles, or a service principal. */
  roles: readonly Role[] | 'service';
  relation: DealRelation;
  sellersSeeAllDeals: boolean;
  /** The deal belongs to another organisation. */
  foreign?: boolean;
  read: boolean;
  write: boolean;
}

const RELATIONS: readonly DealRelation[] = ['OWNER', 'PARTICIPANT', 'NONE'];

/** What SPEC "Seeing and writing a deal" promises per role, relation and setting (ADR 0015). */
function expected(roles: DealAccessCase['roles'], relation: DealRelation, seeAll: boolean): Pick<DealAccessCase, 'read' | 'write'> {
  if (roles === 'service' || roles.includes('ADMIN')) return { read: true, write: true };
  const seller = roles.includes('SELLER');
  const related = relation === 'PARTICIPANT' || (relation === 'OWNER' && seller);
  return { read: related || (seller && seeAll), write: related };
}

const ROLE_SETS: readonly { who: string; roles: DealAccessCase['roles'] }[] = [
  { who: 'admin', roles: ['ADMIN'] },
  { who: 'seller', roles: ['SELLER'] },
  { who: 'executor', roles: ['EXECUTOR'] },
  { who: 'seller+executor', roles: ['SELLER', 'EXECUTOR'] },
  { who: 'service', roles: 'service' },
];

/**
 * The table both paths are checked against: every role set × relation × setting, plus the same from
 * another organisation (never anything).
 */
export const DEAL_ACCESS_CASES: readonly DealAccessCase[] = ROLE_SETS.flatMap(({ who, roles }) =>
  RELATIONS.flatMap((relation) =>
    [false, true].flatMap((sellersSeeAllDeals) => [
      { who, roles, relation, sellersSeeAllDeals, ...expected(roles, relation, sellersSeeAllDeals) },
      { who, roles, relation, sellersSeeAllDeals, foreign: true, read: false, write: false },
    ]),
  ),
);

export function caseIdentity(c: DealAccessCase, userId: string, orgId: string): Identity {
  return c.roles === 'service' ? { kind: 'service', serviceId: 'bot', orgId, scopes: [] } : { kind: 'user', userId, orgId, roles: [...c.roles] };
}
