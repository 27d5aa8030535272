import type { PolicyScheduleResolvers } from '../__generated__/resolvers-types';
import { inReadingOrder, nextUnpaidDueDate, summaryOf } from '../services/schedule-view';
import { money } from './money';

export const policyScheduleResolvers: PolicyScheduleResolvers = {
  policyId: (policy) => policy.id,
  premium: (policy) => money(policy.premium, policy.currency),
  nextUnpaidDueDate: async (policy, _args, { loaders }) => nextUnpaidDueDate(await loaders.itemsByPolicy.load(policy.id)),
  instalments: async (policy, _args, { loaders }) => inReadingOrder((await loaders.itemsByPolicy.load(policy.id)).filter((i) => i.kind === 'INSTALMENT')),
  commissionIncomes: async (policy, _args, { loaders }) => inReadingOrder((await loaders.itemsByPolicy.load(policy.id)).filter((i) => i.kind === 'COMMISSION')),
  expenses: async (policy, _args, { loaders }) => inReadingOrder((await loaders.itemsByPolicy.load(policy.id)).filter((i) => i.kind === 'EXPENSE')),
  summary: async (policy, _args, { loaders }) => summaryOf(await loaders.itemsByPolicy.load(policy.id), policy.currency),
  conflicts: async (policy, { includeResolved }, { loaders }) => (await loaders.conflictsByPolicy.load(policy.id)).filter((c) => includeResolved || c.resolvedAt === null),
  hasOpenConflicts: async (policy, _args, { loaders }) => (await loaders.conflictsByPolicy.load(policy.id)).some((c) => c.resolvedAt === null),
};
