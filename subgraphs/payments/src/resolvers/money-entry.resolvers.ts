import type { MoneyEntryResolvers, MoneySummaryResolvers, ScheduleConflictResolvers } from '../__generated__/resolvers-types';
import type { MoneySummaryValue } from '../domain/money-summary';
import { money } from './money';
import { conflictMessage } from '../domain/conflict-text';

export const moneyEntryResolvers: MoneyEntryResolvers = {
  amount: (entry) => money(entry.amount, entry.currency),
  date: (entry) => entry.onDate,
  reversesEntryId: (entry) => entry.reversesEntryId,
  // Siblings come from the same batched load, so this costs no statement.
  reversedByEntryId: async (entry, _args, { loaders }) => (await loaders.entriesByItem.load(entry.itemId)).find((e) => e.reversesEntryId === entry.id)?.id ?? null,
  recordedBy: (entry) => ({ id: entry.actorId }),
  recordedAt: (entry) => entry.createdAt.toISOString(),
};

export const scheduleConflictResolvers: ScheduleConflictResolvers = {
  message: (conflict) => conflictMessage(conflict),
  detectedAt: (conflict) => conflict.detectedAt.toISOString(),
  resolvedAt: (conflict) => conflict.resolvedAt?.toISOString() ?? null,
};

const moneyField = (field: keyof Omit<MoneySummaryValue, 'currency' | 'otherCurrencyItemCount'>) => (summary: MoneySummaryValue) => money(summary[field], summary.currency);

export const moneySummaryResolvers: MoneySummaryResolvers = {
  premiumPlanned: moneyField('premiumPlanned'),
  premiumPaid: moneyField('premiumPaid'),
  premiumOutstanding: moneyField('premiumOutstanding'),
  commissionPlanned: moneyField('commissionPlanned'),
  commissionReceived: moneyField('commissionReceived'),
  commissionOutstanding: moneyField('commissionOutstanding'),
  expensesPlanned: moneyField('expensesPlanned'),
  expensesPaid: moneyField('expensesPaid'),
  netIncome: moneyField('netIncome'),
  netIncomePlanned: moneyField('netIncomePlanned'),
};
