import type { CommissionIncomeResolvers, ExpenseResolvers, ScheduledInstalmentResolvers } from '../__generated__/resolvers-types';
import type { ScheduleItemRow } from '../db/schema';
import { outstandingOf } from '../services/schedule-view';
import { money } from './money';

const amount = (item: ScheduleItemRow) => money(item.amount, item.currency);
const settled = (item: ScheduleItemRow) => money(item.settled, item.currency);
const outstanding = (item: ScheduleItemRow) => money(outstandingOf(item), item.currency);

export const scheduledInstalmentResolvers: ScheduledInstalmentResolvers = {
  dueDate: (item) => item.dueDate ?? '',
  amount,
  paid: settled,
  outstanding,
  payments: (item, _args, { loaders }) => loaders.entriesByItem.load(item.id),
};

export const commissionIncomeResolvers: CommissionIncomeResolvers = {
  expectedDate: (item) => item.dueDate,
  amount,
  received: settled,
  outstanding,
  receipts: (item, _args, { loaders }) => loaders.entriesByItem.load(item.id),
};

export const expenseResolvers: ExpenseResolvers = {
  description: (item) => item.description ?? '',
  amount,
  paid: settled,
  outstanding,
  payments: (item, _args, { loaders }) => loaders.entriesByItem.load(item.id),
};
