import { allocate } from './allocation';
import { commissionAt, currencyScale } from '@crm/contracts';
import { moneyString, sum, toMoney } from './decimal';

interface MoneyTerm {
  amount: string;
  currency: string;
}

/** The parts of a CRM policy a schedule is generated from (a subset of the policy event). */
export interface PolicyTerms {
  premium: MoneyTerm;
  instalments: readonly { dueDate: string; amount: MoneyTerm }[];
  commission: { kind: 'RATE'; rate: string } | { kind: 'AMOUNT'; amount: MoneyTerm };
  plannedExpenses: readonly { description: string; amount: MoneyTerm; dueDate: string | null }[];
}

export interface PlannedInstalment {
  position: number;
  dueDate: string;
  amount: string;
}

/** Commission expected from the insurer for the instalment at the same position, when it is paid. */
export interface PlannedCommission {
  position: number;
  dueDate: string;
  amount: string;
}

export interface PlannedExpense {
  position: number;
  description: string;
  dueDate: string | null;
  amount: string;
}

/** A problem of the terms themselves; `params` fill its text (payments.texts.ts, by code). */
export type PlanProblem = { code: 'CURRENCY_MISMATCH'; params: { currencies: string; currency: string } } | { code: 'TOTAL_MISMATCH'; params: { total: string; premium: string } };

export interface SchedulePlan {
  currency: string;
  instalments: PlannedInstalment[];
  commissions: PlannedCommission[];
  expenses: PlannedExpense[];
  commissionTotal: string;
  problems: PlanProblem[];
}

/**
 * What the schedule should be according to the policy's terms. Instalments are ordered by due date
 * (stable, so equal dates keep the CRM's order). Commission: the total (rate × the instalments' sum,
 * rounded half up to kopecks, or the fixed amount) is allocated over the instalments in proportion to
 * their amounts by largest remainder, so the parts always add up to the total exactly and each is
 * within a kopeck of rate × instalment. Problems are reported, never "fixed" silently.
 */
export function planSchedule(terms: PolicyTerms): SchedulePlan {
  const currency = terms.premium.currency;
  const problems: PlanProblem[] = [];
  const foreign = [
    ...terms.instalments.map((i) => i.amount.currency),
    ...terms.plannedExpenses.map((e) => e.amount.currency),
    ...(terms.commission.kind === 'AMOUNT' ? [terms.commission.amount.currency] : []),
  ].filter((c) => c !== currency);
  if (foreign.length > 0) {
    problems.push({ code: 'CURRENCY_MISMATCH', params: { currencies: [...new Set(foreign)].join(', '), currency } });
  }

  const ordered = terms.instalments.map((instalment, index) => ({ instalment, index })).sort((a, b) => a.instalment.dueDate.localeCompare(b.instalment.dueDate) || a.index - b.index);
  const instalments = ordered.map(({ instalment }, position) => ({ position, dueDate: instalment.dueDate, amount: moneyString(instalment.amount.amount, currency) }));
  const instalmentTotal = sum(instalments.map((i) => i.amount));
  if (!instalmentTotal.equals(toMoney(terms.premium.amount, currency))) {
    problems.push({ code: 'TOTAL_MISMATCH', params: { total: moneyString(instalmentTotal, currency), premium: moneyString(terms.premium.amount, currency) } });
  }

  const commissionTotal = terms.commission.kind === 'RATE' ? commissionAt(terms.commission.rate, instalmentTotal, currency) : moneyString(terms.commission.amount.amount, currency);
  const parts = allocate(commissionTotal, instalments.map((i) => i.amount), currencyScale(currency));
  const commissions = instalments.map((i, position) => ({ position, dueDate: i.dueDate, amount: moneyString(parts[position] ?? 0, currency) }));

  const expenses = terms.plannedExpenses.map((expense, position) => ({
    position,
    description: expense.description,
    dueDate: expense.dueDate,
    amount: moneyString(expense.amount.amount, currency),
  }));

  return { currency, instalments, commissions, expenses, commissionTotal, problems };
}
