import { moneyAmount } from '@crm/contracts';

/** A `Money` value from a numeric column and its currency, in the currency's minor units; null amount, null money. */
export function money(amount: string | null | undefined, currency: string | null | undefined) {
  return amount === null || amount === undefined || !currency ? null : { amount: moneyAmount(amount, currency), currency };
}
