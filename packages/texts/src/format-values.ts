import type { Language } from './language';

/** The Intl locale of a language (the web app uses the same two). */
export const intlLocale = (language: Language): string => (language === 'en' ? 'en-GB' : 'ru-RU');

const DECIMAL = /^-?\d+(\.\d+)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let found = cache.get(key);
  if (!found) cache.set(key, (found = make()));
  return found;
}

/**
 * An exact decimal string as money in the reader's language («45 000,00 ₽», "RUB 45,000.00"), in the
 * currency's minor units. Intl formats the string itself, so the amount never passes through a float;
 * a string that is not a decimal is returned as it is.
 */
export function formatMoney(amount: string, currency: string, language: Language): string {
  if (!DECIMAL.test(amount.trim())) return amount;
  const format = numberFormat(`money|${language}|${currency}`, () => {
    try {
      return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency, roundingMode: 'halfExpand' } as Intl.NumberFormatOptions);
    } catch {
      return new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
  });
  return format.format(amount.trim() as Intl.StringNumericLiteral);
}

/** A rate given as a fraction ("0.125") as a percentage («12,5 %»). */
export function formatRate(rate: string, language: Language): string {
  if (!DECIMAL.test(rate.trim())) return rate;
  return numberFormat(`rate|${language}`, () => new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 4 })).format(rate.trim() as Intl.StringNumericLiteral);
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
