/** A `Money` value from a numeric column and its currency; null amount, null money. */
export function money(amount: string | null | undefined, currency: string | null | undefined) {
  return amount === null || amount === undefined || !currency ? null : { amount, currency };
}
