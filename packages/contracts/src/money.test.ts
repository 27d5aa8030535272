import { commissionAt, currencyScale, fitsCurrency, moneyAmount } from './money';

describe('money in the currency’s minor units', () => {
  it('knows each currency’s scale from ISO 4217', () => {
    expect(['RUB', 'USD', 'JPY', 'KWD'].map(currencyScale)).toEqual([2, 2, 0, 3]);
  });

  it('writes amounts with exactly the currency’s decimals', () => {
    expect(moneyAmount('13000.1', 'RUB')).toBe('13000.10');
    expect(moneyAmount('0', 'RUB')).toBe('0.00');
    expect(moneyAmount('-2500', 'RUB')).toBe('-2500.00');
    expect(moneyAmount('5', 'JPY')).toBe('5');
    expect(moneyAmount('1.5', 'KWD')).toBe('1.500');
  });

  it('refuses rather than rounds an amount finer than the currency', () => {
    expect(fitsCurrency('100.005', 'RUB')).toBe(false);
    expect(fitsCurrency('100.00', 'RUB')).toBe(true);
    expect(fitsCurrency('100.005', 'KWD')).toBe(true);
    expect(fitsCurrency('100.5', 'JPY')).toBe(false);
  });

  it('computes a commission exactly, rounding half up to the minor unit once', () => {
    expect(commissionAt('0.15', '13000.10', 'RUB')).toBe('1950.02');
    expect(commissionAt('0.1', '12000.55', 'RUB')).toBe('1200.06');
    expect(commissionAt('0.07', '0.1', 'RUB')).toBe('0.01');
  });
});
