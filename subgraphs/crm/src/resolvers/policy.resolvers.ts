import { appError, ErrorCode } from '@crm/platform';
import type { PolicyResolvers } from '../__generated__/resolvers-types';
import { amountOf, money, rate } from './money';
import { crmText } from '../crm.texts';

const missing = (what: 'noSuchDeal' | 'noSuchInsurer' | 'noSuchProduct') => appError(ErrorCode.NotFound, { text: crmText(what) });

export const policyResolvers: PolicyResolvers = {
  // A policy is as visible as its deal: both loads are batched, so _entities stays two statements.
  __resolveReference: (reference, { loaders }) => loaders.policy.load(reference.id),
  deal: async (policy, _args, { loaders }) => (await loaders.deal.load(policy.dealId)) ?? Promise.reject(missing('noSuchDeal')),
  insurer: async (policy, _args, { loaders }) => (await loaders.insurer.load(policy.insurerId)) ?? Promise.reject(missing('noSuchInsurer')),
  product: async (policy, _args, { loaders }) => (await loaders.product.load(policy.productId)) ?? Promise.reject(missing('noSuchProduct')),
  premium: (policy) => amountOf(policy.premium, policy.currency),
  instalments: (policy) => policy.instalments.map((i) => ({ dueDate: i.dueDate, amount: amountOf(i.amount, policy.currency) })),
  commissionRate: (policy) => rate(policy.commissionRate),
  commissionAmount: (policy) => money(policy.commissionAmount, policy.currency),
  plannedExpenses: (policy) =>
    policy.plannedExpenses.map((e) => ({ description: e.description, dueDate: e.dueDate, amount: amountOf(e.amount, policy.currency) })),
  calculation: (policy, _args, { loaders }) => (policy.calculationId ? loaders.calculation.load(policy.calculationId) : null),
  renewalOf: (policy, _args, { loaders }) => (policy.renewalOfPolicyId ? loaders.policy.load(policy.renewalOfPolicyId) : null),
  renewalDeal: async (policy, _args, { loaders }) => {
    const dealId = await loaders.openRenewalDealId.load(policy.id);
    return dealId ? loaders.deal.load(dealId) : null;
  },
};
