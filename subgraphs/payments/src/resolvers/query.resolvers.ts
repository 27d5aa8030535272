import type { EveryField } from '@crm/platform';
import type { CommissionReportRowResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { money } from './money';
import { visiblePolicy } from './visibility';

export const queryResolvers: EveryField<QueryResolvers> = {
  policySchedule: (_parent, { policyId }, context) => visiblePolicy(context, policyId),
  commissionReport: (_parent, { input }, { identity, services }) => services.reports.commissionReport(identity, input),
};

export const commissionReportRowResolvers: CommissionReportRowResolvers = {
  seller: (row) => ({ id: row.sellerId }),
  planned: (row) => money(row.planned, row.currency),
  received: (row) => money(row.received, row.currency),
};
