export interface MoneyValue {
  amount: string;
  currency: string;
}

export const money = (amount: string, currency: string): MoneyValue => ({ amount, currency });
