import { moneyAmount } from '@crm/contracts';

export interface MoneyValue {
  amount: string;
  currency: string;
}

/** A `Money` value written in its currency's minor units (`"13000.10"`, ADR 0048). */
export const money = (amount: string, currency: string): MoneyValue => ({ amount: moneyAmount(amount, currency), currency });
