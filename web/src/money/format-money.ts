import { currencyScale } from './currency-scale';
import { fromMinorUnits, isDecimal, toMinorUnits } from './minor-units';

// Money is shown by one function for the server and the browser (ADR 0078): @crm/texts' format-values.ts,
// a file that imports nothing at run time but currency-scale.ts, taken by path so the bundle gets it alone.
export { formatMoney } from '../../../packages/texts/src/format-values';

/** The currency's sign as the locale writes it ("₽" for RUB in ru-RU, "¥" for JPY in ja-JP). */
export function currencySymbol(currency = 'RUB', locale = 'ru-RU'): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

/** Sums decimal strings exactly in the currency's scale; empty and unparsable entries count as zero. */
export function sumDecimals(amounts: readonly (string | null | undefined)[], currency = 'RUB'): string {
  const scale = currencyScale(currency);
  let total = 0n;
  for (const amount of amounts) {
    if (amount && isDecimal(amount)) total += toMinorUnits(amount, scale);
  }
  return fromMinorUnits(total, scale);
}

/** `a − b` exactly in the currency's scale (an empty or unparsable side counts as zero). */
export function subtractDecimals(a: string | null | undefined, b: string | null | undefined, currency = 'RUB'): string {
  const scale = currencyScale(currency);
  const units = (x: string | null | undefined) => (x && isDecimal(x) ? toMinorUnits(x, scale) : 0n);
  return fromMinorUnits(units(a) - units(b), scale);
}

/**
 * Is `text` an amount a user may type in the currency ("1 234,50" is accepted as 1234.50 RUB; JPY
 * takes no fraction, KWD up to three places)? Returns it normalised to the currency's scale, or null.
 */
export function parseAmount(text: string, currency = 'RUB'): string | null {
  const scale = currencyScale(currency);
  const normalised = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  const fraction = scale > 0 ? `(\\.\\d{1,${scale}})?` : '';
  if (!new RegExp(`^-?\\d+${fraction}$`).test(normalised)) return null;
  return fromMinorUnits(toMinorUnits(normalised, scale), scale);
}
