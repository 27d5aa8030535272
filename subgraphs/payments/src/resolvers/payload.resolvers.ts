import { appError, ErrorCode } from '@crm/platform';
import type { CommissionIncomePayloadResolvers, ExpensePayloadResolvers, InstalmentPayloadResolvers, ResolveScheduleConflictPayloadResolvers } from '../__generated__/resolvers-types';
import type { PaymentsContext } from '../context';
import { visiblePolicy } from './visibility';
import { paymentsText } from '../payments.texts';

async function scheduleOf(context: PaymentsContext, policyId: string) {
  const policy = await visiblePolicy(context, policyId);
  if (!policy) throw appError(ErrorCode.NotFound, { text: paymentsText('noSuchSchedule') });
  return policy;
}

export const instalmentPayloadResolvers: InstalmentPayloadResolvers = {
  instalment: (write) => write.item,
  schedule: (write, _args, context) => scheduleOf(context, write.item.policyId),
};

export const commissionIncomePayloadResolvers: CommissionIncomePayloadResolvers = {
  income: (write) => write.item,
  schedule: (write, _args, context) => scheduleOf(context, write.item.policyId),
};

export const expensePayloadResolvers: ExpensePayloadResolvers = {
  expense: (write) => write.item,
  schedule: (write, _args, context) => scheduleOf(context, write.item.policyId),
};

export const resolveScheduleConflictPayloadResolvers: ResolveScheduleConflictPayloadResolvers = {
  conflict: (conflict) => conflict,
  schedule: (conflict, _args, context) => scheduleOf(context, conflict.policyId),
};
