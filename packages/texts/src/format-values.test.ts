import { formatDay, formatMoney, formatRate, intlLocale, isMoneyValue } from './format-values';
import { defineTexts } from './texts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money for people, from exact decimal strings (one home for the server and the web app)', () => {
  it('writes Russian and English money', () => {
    expect(plain(formatMoney('45000', 'RUB', 'ru'))).toBe('45 000,00 ₽');
    expect(plain(formatMoney('45000', 'RUB', 'en'))).toBe('RUB 45,000.00');
    expect(formatMoney('1234.5', 'USD', 'en')).toBe('US$1,234.50');
  });

  it('never passes through a float: every kopeck of amounts beyond double precision', () => {
    expect(plain(formatMoney('12345678901234.56', 'RUB', 'ru'))).toBe('12 345 678 901 234,56 ₽');
    expect(plain(formatMoney('12345678901234567.89', 'RUB', 'en'))).toBe('RUB 12,345,678,901,234,567.89');
  });

  it("uses the currency's scale (currency-scale.ts), rounding half away from zero, never «-0,00»", () => {
    expect(formatMoney('1234.5', 'JPY', 'en')).toBe('JP¥1,235');
    expect(plain(formatMoney('1.2345', 'KWD', 'en'))).toBe('KWD 1.235');
    expect(plain(formatMoney('1.005', 'RUB', 'ru'))).toBe('1,01 ₽');
    expect(plain(formatMoney('-0.004', 'RUB', 'ru'))).toBe('0,00 ₽');
    expect(plain(formatMoney('-500', 'RUB', 'ru'))).toBe('-500,00 ₽');
  });

  it('shows what is not a decimal as it is, and a code Intl refuses after the number', () => {
    expect(formatMoney('abc', 'RUB', 'ru')).toBe('abc');
    expect(formatMoney('1e3', 'RUB', 'en')).toBe('1e3');
    expect(formatMoney('', 'RUB', 'en')).toBe('');
    expect(plain(formatMoney('45000', 'RUBLES', 'ru'))).toBe('45 000,00 RUBLES');
  });

  it('knows typed money', () => {
    expect([isMoneyValue({ amount: '1', currency: 'RUB' }), isMoneyValue('1 RUB'), isMoneyValue(null), isMoneyValue({ amount: 1, currency: 'RUB' })]).toEqual([true, false, false, false]);
  });

  it('writes rates, days and Intl locales per language', () => {
    expect(plain(formatRate('0.125', 'ru'))).toBe('12,5 %');
    expect(formatDay('2027-01-15', 'en')).toBe('15/01/2027');
    expect([intlLocale('ru'), intlLocale('en')]).toEqual(['ru-RU', 'en-GB']);
  });
});

describe('typed money in a text', () => {
  const sample = defineTexts('formatValuesSample', { paid: { ru: 'Оплата: {amount} ({what})', en: 'Paid: {amount} ({what})' } });

  it('is formatted in the language the text is read in; a list reads with commas', () => {
    const text = sample('paid', { amount: { amount: '45000.00', currency: 'RUB' }, what: ['КАСКО', { amount: '1500', currency: 'JPY' }] });
    expect(plain(text.render('ru'))).toBe('Оплата: 45 000,00 ₽ (КАСКО, 1 500 ¥)');
    expect(plain(text.render('en'))).toBe('Paid: RUB 45,000.00 (КАСКО, JP¥1,500)');
  });
});
