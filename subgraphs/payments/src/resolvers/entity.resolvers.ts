import { appError, ErrorCode } from '@crm/platform';
import type { DealResolvers, PolicyResolvers } from '../__generated__/resolvers-types';
import { summaryOf } from '../services/schedule-view';
import { dealMoneyAllows } from '../services/access';
import { visiblePolicy } from './visibility';
import type { PaymentsContext } from '../context';

/** The deal's items, once the caller may read its money (a deal with no policy here has no money to hide). */
async function dealMoney(dealId: string, { identity, loaders }: PaymentsContext) {
  if (!identity) throw appError(ErrorCode.Unauthenticated);
  const [policies, access, items, settings] = await Promise.all([
    loaders.policiesByDeal.load(dealId),
    loaders.dealAccess.load(dealId),
    loaders.itemsByDeal.load(dealId),
    loaders.accessSettings.load(identity.orgId),
  ]);
  const first = policies[0];
  if (first && !dealMoneyAllows('read', identity, first.organizationId, access, first.dealOwnerId, settings)) throw appError(ErrorCode.Forbidden);
  return { policies, items };
}

/** Payments' fields on CRM's Deal: its money, in the first policy's currency and per currency. */
export const dealResolvers: Pick<DealResolvers, '__resolveReference' | 'moneySummary' | 'moneySummaries'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  moneySummary: async (deal, _args, context) => {
    const { policies, items } = await dealMoney(deal.id, context);
    return summaryOf(items, policies[0]?.currency ?? 'RUB');
  },
  moneySummaries: async (deal, _args, context) => {
    const { policies, items } = await dealMoney(deal.id, context);
    const currencies = [...new Set([...policies.map((p) => p.currency), ...items.map((i) => i.currency)])].sort();
    return currencies.map((currency) => summaryOf(items, currency));
  },
};

/** Payments' field on CRM's Policy: its schedule. */
export const policyResolvers: Pick<PolicyResolvers, '__resolveReference' | 'schedule'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  schedule: (policy, _args, context) => visiblePolicy(context, policy.id),
};
