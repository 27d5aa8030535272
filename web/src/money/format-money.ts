import { fromKopecks, toKopecks } from './kopecks';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let found = formatters.get(key);
  if (!found) {
    // The currency's own minor units (2 for RUB and USD, 0 for JPY, 3 for KWD), rounded half away from zero.
    found = new Intl.NumberFormat(locale, { style: 'currency', currency, roundingMode: 'halfExpand' });
    formatters.set(key, found);
  }
  return found;
}

/**
 * Formats an exact decimal string ("1234567.89") as money in the currency's scale. Intl.NumberFormat
 * takes the string itself (a numeric literal string is formatted exactly), so the amount never
 * passes through a float.
 */
export function formatMoney(amount: string, currency = 'RUB', locale = 'ru-RU'): string {
  toKopecks(amount); // a plain decimal or a RangeError, as before
  return formatter(locale, currency).format(amount.trim() as Intl.StringNumericLiteral);
}

/** Sums decimal strings exactly; empty and unparsable entries count as zero. */
export function sumDecimals(amounts: readonly (string | null | undefined)[]): string {
  let total = 0n;
  for (const amount of amounts) {
    if (!amount) continue;
    try {
      total += toKopecks(amount);
    } catch {
      // unparsable: counts as zero
    }
  }
  return fromKopecks(total);
}

/** Is `text` a decimal a user may type as an amount ("1 234,50" is accepted as 1234.50)? Returns it normalised, or null. */
export function parseAmount(text: string): string | null {
  const normalised = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return fromKopecks(toKopecks(normalised));
}
