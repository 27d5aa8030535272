import { moneyAmount } from '@crm/contracts';
import { appError, ErrorCode } from '@crm/platform';
import { Decimal } from 'decimal.js';
import type { InstalmentPlan } from '../db/schema';
import { crmText } from '../crm.texts';
import { inputText } from '@crm/texts';

interface MoneyIn {
  amount: string;
  currency: string;
}

/**
 * The instalments as stored: given ones must be in the premium's currency and add up to it exactly;
 * none means one payment of the whole premium on the start date.
 */
export function instalmentPlan(premium: MoneyIn, instalments: { dueDate: string; amount: MoneyIn }[] | null | undefined, startDate: string, field = 'input.instalments'): InstalmentPlan[] {
  if (!instalments) return [{ dueDate: startDate, amount: moneyAmount(premium.amount, premium.currency) }];
  if (instalments.length === 0) throw appError(ErrorCode.BadUserInput, { text: crmText('instalmentNeeded'), field });
  instalments.forEach((i, index) => {
    if (i.amount.currency !== premium.currency) {
      throw appError(ErrorCode.BadUserInput, { text: crmText('premiumCurrency', { currency: premium.currency }), field: `${field}.${index}.amount.currency` });
    }
    if (!new Decimal(i.amount.amount).gt(0)) throw appError(ErrorCode.BadUserInput, { text: inputText('positive'), field: `${field}.${index}.amount.amount` });
  });
  const total = instalments.reduce((sum, i) => sum.plus(i.amount.amount), new Decimal(0));
  if (!total.eq(premium.amount)) {
    throw appError(ErrorCode.BadUserInput, { text: crmText('instalmentsTotal', { total: moneyAmount(total, premium.currency), premium: moneyAmount(premium.amount, premium.currency) }), field });
  }
  return [...instalments].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).map((i) => ({ dueDate: i.dueDate, amount: moneyAmount(i.amount.amount, premium.currency) }));
}
