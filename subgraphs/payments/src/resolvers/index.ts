import { scalarResolvers } from '@crm/contracts';
import type { EveryField } from '@crm/platform';
import type { MutationResolvers, Resolvers } from '../__generated__/resolvers-types';
import { dealResolvers, policyResolvers } from './entity.resolvers';
import { commissionIncomeResolvers, expenseResolvers, scheduledInstalmentResolvers } from './item.resolvers';
import { moneyEntryResolvers, moneySummaryResolvers, scheduleConflictResolvers } from './money-entry.resolvers';
import { addExpense } from './mutations/add-expense.mutation';
import { addInstalment } from './mutations/add-instalment.mutation';
import { recordCommissionReceipt } from './mutations/record-commission-receipt.mutation';
import { recordExpensePayment } from './mutations/record-expense-payment.mutation';
import { recordInstalmentPayment } from './mutations/record-instalment-payment.mutation';
import { resolveScheduleConflict } from './mutations/resolve-schedule-conflict.mutation';
import { reverseCommissionReceipt } from './mutations/reverse-commission-receipt.mutation';
import { reverseExpensePayment } from './mutations/reverse-expense-payment.mutation';
import { reverseInstalmentPayment } from './mutations/reverse-instalment-payment.mutation';
import { updateCommissionIncome } from './mutations/update-commission-income.mutation';
import { updateExpense } from './mutations/update-expense.mutation';
import { updateInstalment } from './mutations/update-instalment.mutation';
import { commissionIncomePayloadResolvers, expensePayloadResolvers, instalmentPayloadResolvers, resolveScheduleConflictPayloadResolvers } from './payload.resolvers';
import { commissionReportRowResolvers, queryResolvers } from './query.resolvers';
import { policyScheduleResolvers } from './schedule.resolvers';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: queryResolvers,
  Mutation: {
    recordInstalmentPayment,
    reverseInstalmentPayment,
    recordCommissionReceipt,
    reverseCommissionReceipt,
    recordExpensePayment,
    reverseExpensePayment,
    addInstalment,
    updateInstalment,
    updateCommissionIncome,
    addExpense,
    updateExpense,
    resolveScheduleConflict,
  } satisfies EveryField<MutationResolvers>,
  Deal: dealResolvers,
  Policy: policyResolvers,
  PolicySchedule: policyScheduleResolvers,
  ScheduledInstalment: scheduledInstalmentResolvers,
  CommissionIncome: commissionIncomeResolvers,
  Expense: expenseResolvers,
  MoneyEntry: moneyEntryResolvers,
  ScheduleConflict: scheduleConflictResolvers,
  MoneySummary: moneySummaryResolvers,
  CommissionReportRow: commissionReportRowResolvers,
  InstalmentPayload: instalmentPayloadResolvers,
  CommissionIncomePayload: commissionIncomePayloadResolvers,
  ExpensePayload: expensePayloadResolvers,
  ResolveScheduleConflictPayload: resolveScheduleConflictPayloadResolvers,
};
