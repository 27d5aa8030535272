import type { Language } from './language';
// A currency's scale has one home (ADR 0048): the dependency-free file of @crm/contracts, taken by
// path (@crm/contracts depends on this package, and the web app imports this very file by path).
import { currencyScale } from '../../contracts/src/currency-scale';

/**
 * Value formats for people, shared by the server and the web app (ADR 0078). The web imports this
 * file by path, so it imports nothing at run time but the dependency-free currency-scale.ts (the
 * `Language` import is a type only; language.ts uses Node's AsyncLocalStorage).
 */

/** The Intl locale of a language (the web app uses the same two). */
export const intlLocale = (language: Language): string => (language === 'en' ? 'en-GB' : 'ru-RU');

/** An amount of money as the API and the events carry it: an exact decimal string and its ISO 4217 code. */
export interface MoneyValue {
  readonly amount: string;
  readonly currency: string;
}

/** Is `value` a `MoneyValue` (a JSON parameter read back, say)? */
export const isMoneyValue = (value: unknown): value is MoneyValue =>
  typeof value === 'object' && value !== null && typeof (value as MoneyValue).amount === 'string' && typeof (value as MoneyValue).currency === 'string';

const DECIMAL = /^-?\d+(\.\d+)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const cache = new Map<string, (decimal: string) => string>();
function cached(key: string, make: () => (decimal: string) => string): (decimal: string) => string {
  let found = cache.get(key);
  if (!found) cache.set(key, (found = make()));
  return found;
}

/** Money in the currency's scale, rounded half away from zero, and never «-0,00». */
function moneyFormat(currency: string, language: Language): (decimal: string) => string {
  const scale = currencyScale(currency);
  const digits = { minimumFractionDigits: scale, maximumFractionDigits: scale, roundingMode: 'halfExpand', signDisplay: 'negative' } as const;
  try {
    const format = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency, ...digits });
    return (decimal) => format.format(decimal as Intl.StringNumericLiteral);
  } catch {
    // A code Intl refuses (not three letters): the number, and the code as it was given.
    const format = new Intl.NumberFormat(intlLocale(language), digits);
    return (decimal) => `${format.format(decimal as Intl.StringNumericLiteral)} ${currency}`;
  }
}

/**
 * An exact decimal string as money in the reader's language («45 000,00 ₽», "RUB 45,000.00") in the
 * currency's own scale (`currencyScale`: RUB 2, JPY 0, KWD 3). Intl formats the string itself, so
 * the amount never passes through a float («12 345 678 901 234,56 ₽» keeps every kopeck).
 *
 * A string that is not a decimal is returned as it is, on the server and in the browser alike: a
 * value is checked where it is typed or received (`parseAmount`, the `Decimal` scalar, event
 * schemas), and showing a stored oddity beats failing a whole page or journal over it (ADR 0078).
 */
export function formatMoney(amount: string, currency: string, language: Language): string {
  const decimal = amount.trim();
  if (!DECIMAL.test(decimal)) return amount;
  return cached(`money|${language}|${currency}`, () => moneyFormat(currency, language))(decimal);
}

/** A rate given as a fraction ("0.125") as a percentage («12,5 %»). */
export function formatRate(rate: string, language: Language): string {
  if (!DECIMAL.test(rate.trim())) return rate;
  const format = () => {
    const percent = new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 4 });
    return (decimal: string) => percent.format(decimal as Intl.StringNumericLiteral);
  };
  return cached(`rate|${language}`, format)(rate.trim());
}

/** Is the string a calendar day (`YYYY-MM-DD`)? */
export const isDay = (value: string): boolean => DAY.test(value);

/** A calendar day (`YYYY-MM-DD`, no zone: the day as the organisation lives it) in the reader's language: 15.01.2027, 15/01/2027. */
export function formatDay(day: string, language: Language): string {
  const match = DAY.exec(day);
  if (!match) return day;
  const [, year, month, date] = match;
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(date))));
}
