import { appError, ErrorCode } from '@crm/platform';
import type { DealResolvers, PolicyResolvers } from '../__generated__/resolvers-types';
import { summaryOf } from '../services/schedule-view';
import { dealMoneyAllows } from '../services/access';
import { visiblePolicy } from './visibility';

/** Payments' fields on CRM's Deal: only `moneySummary` is ours. */
export const dealResolvers: Pick<DealResolvers, '__resolveReference' | 'moneySummary'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  moneySummary: async (deal, _args, { identity, loaders }) => {
    if (!identity) throw appError(ErrorCode.Unauthenticated);
    const [policies, access, items, settings] = await Promise.all([
      loaders.policiesByDeal.load(deal.id),
      loaders.dealAccess.load(deal.id),
      loaders.itemsByDeal.load(deal.id),
      loaders.accessSettings.load(identity.orgId),
    ]);
    const first = policies[0];
    // A deal with no policy here has no money to hide; one with policies needs the deal's access.
    if (first && !dealMoneyAllows('read', identity, first.organizationId, access, first.dealOwnerId, settings)) throw appError(ErrorCode.Forbidden);
    return summaryOf(items, first?.currency ?? 'RUB');
  },
};

/** Payments' field on CRM's Policy: its schedule. */
export const policyResolvers: Pick<PolicyResolvers, '__resolveReference' | 'schedule'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  schedule: (policy, _args, context) => visiblePolicy(context, policy.id),
};
