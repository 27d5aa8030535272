import { formatMoney, parseAmount, sumDecimals } from './format-money';
import { fromKopecks, toKopecks } from './kopecks';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money from decimal strings', () => {
  it('formats Russian style: spaces between thousands, a comma, the rouble sign', () => {
    expect(plain(formatMoney('1234567.89'))).toBe('1 234 567,89 ₽');
    expect(plain(formatMoney('0.1'))).toBe('0,10 ₽');
    expect(plain(formatMoney('-500'))).toBe('-500,00 ₽');
  });

  it('never passes through a float: amounts beyond double precision keep every kopeck', () => {
    // As a double this is 12345678901234568; the string formatting keeps it exact.
    expect(plain(formatMoney('12345678901234567.89'))).toBe('12 345 678 901 234 567,89 ₽');
  });

  it('formats other currencies and English', () => {
    expect(formatMoney('1234.5', 'USD', 'en-GB')).toBe('US$1,234.50');
  });

  it("shows the currency's own scale, not always two places", () => {
    expect(plain(formatMoney('1234.5', 'JPY', 'en-GB'))).toBe('JP¥1,235');
    expect(plain(formatMoney('1.2345', 'KWD', 'en-GB'))).toBe('KWD 1.235');
    expect(plain(formatMoney('1.005'))).toBe('1,01 ₽');
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

describe('kopecks', () => {
  it('rounds beyond two places half away from zero and keeps signs', () => {
    expect(fromKopecks(toKopecks('1.005'))).toBe('1.01');
    expect(fromKopecks(toKopecks('-0.5'))).toBe('-0.50');
    expect(fromKopecks(toKopecks('-1.004'))).toBe('-1.00');
    expect(() => toKopecks('1e3')).toThrow(RangeError);
  });
});
