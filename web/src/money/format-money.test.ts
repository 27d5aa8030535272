import { currencyScale } from './currency-scale';
import { currencySymbol, formatMoney, parseAmount, subtractDecimals, sumDecimals } from './format-money';
import { fromMinorUnits, toMinorUnits } from './minor-units';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money from decimal strings', () => {
  it('formats Russian style: spaces between thousands, a comma, the rouble sign', () => {
    expect(plain(formatMoney('1234567.89', 'RUB', 'ru'))).toBe('1 234 567,89 ₽');
    expect(plain(formatMoney('0.1', 'RUB', 'ru'))).toBe('0,10 ₽');
    expect(plain(formatMoney('-500', 'RUB', 'ru'))).toBe('-500,00 ₽');
  });

  it('never passes through a float: amounts beyond double precision keep every kopeck', () => {
    // As a double this is 12345678901234568; the string formatting keeps it exact.
    expect(plain(formatMoney('12345678901234567.89', 'RUB', 'ru'))).toBe('12 345 678 901 234 567,89 ₽');
    expect(plain(formatMoney('12345678901234.56', 'RUB', 'en'))).toBe('RUB 12,345,678,901,234.56');
  });

  it('shows what is not a decimal as it is, like the server (ADR 0078), rather than failing the page', () => {
    expect(formatMoney('abc', 'RUB', 'ru')).toBe('abc');
  });

  it('formats other currencies and English', () => {
    expect(formatMoney('1234.5', 'USD', 'en')).toBe('US$1,234.50');
  });

  it("shows the currency's own scale, not always two places", () => {
    expect(plain(formatMoney('1234.5', 'JPY', 'en'))).toBe('JP¥1,235');
    expect(plain(formatMoney('1.2345', 'KWD', 'en'))).toBe('KWD 1.235');
    expect(plain(formatMoney('1.005', 'RUB', 'ru'))).toBe('1,01 ₽');
  });

  it('sums exactly where floats would not', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.30');
    expect(sumDecimals(['26000.25', '26000.25', '', null, 'x'])).toBe('52000.50');
  });

  it('reads amounts as people type them', () => {
    expect(parseAmount('1 234,5')).toBe('1234.50');
    expect(parseAmount('12.345')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
  });
});

describe('money in each currency\'s own scale', () => {
  it('knows the scale of a currency the way the server does (ISO 4217 through Intl)', () => {
    expect([currencyScale('RUB'), currencyScale('JPY'), currencyScale('KWD'), currencyScale('not a code')]).toEqual([2, 0, 3, 2]);
  });

  it('sums and subtracts exactly in JPY (no fraction) and KWD (three places)', () => {
    expect(sumDecimals(['100', '250', '0.4'], 'JPY')).toBe('350');
    expect(sumDecimals(['0.001', '0.002', '1.1'], 'KWD')).toBe('1.103');
    expect(subtractDecimals('1.000', '0.333', 'KWD')).toBe('0.667');
    expect(subtractDecimals('1000', '1001', 'JPY')).toBe('-1');
    // Amounts beyond double precision keep every minor unit.
    expect(sumDecimals(['9007199254740993.001', '0.002'], 'KWD')).toBe('9007199254740993.003');
  });

  it('reads typed amounts up to the currency scale only', () => {
    expect(parseAmount('1 234', 'JPY')).toBe('1234');
    expect(parseAmount('1234,5', 'JPY')).toBeNull();
    expect(parseAmount('1,234', 'KWD')).toBe('1.234');
    expect(parseAmount('1,2345', 'KWD')).toBeNull();
  });

  it("writes the currency's sign for input suffixes", () => {
    expect(currencySymbol('RUB', 'ru-RU')).toBe('₽');
    expect(currencySymbol('USD', 'en-GB')).toBe('US$');
  });
});

describe('minor units', () => {
  it('rounds beyond the scale half away from zero and keeps signs', () => {
    expect(fromMinorUnits(toMinorUnits('1.005', 2), 2)).toBe('1.01');
    expect(fromMinorUnits(toMinorUnits('-0.5', 2), 2)).toBe('-0.50');
    expect(fromMinorUnits(toMinorUnits('-1.004', 2), 2)).toBe('-1.00');
    expect(fromMinorUnits(toMinorUnits('2.5', 0), 0)).toBe('3');
    expect(fromMinorUnits(toMinorUnits('-2.4', 0), 0)).toBe('-2');
    expect(fromMinorUnits(toMinorUnits('0.0005', 3), 3)).toBe('0.001');
    expect(fromMinorUnits(toMinorUnits('12', 3), 3)).toBe('12.000');
    expect(() => toMinorUnits('1e3', 2)).toThrow(RangeError);
  });
});
