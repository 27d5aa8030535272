import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { instalmentPlan } from './policy-plan';

const rub = (amount: string) => ({ amount, currency: 'RUB' });

describe('instalment plan', () => {
  it('defaults to one payment of the premium on the start date', () => {
    expect(instalmentPlan(rub('1000.00'), undefined, '2026-01-10')).toEqual([{ dueDate: '2026-01-10', amount: '1000.00' }]);
  });

  it('accepts instalments adding up to the premium exactly, without float drift', () => {
    const plan = instalmentPlan(rub('0.30'), [{ dueDate: '2026-02-01', amount: rub('0.1') }, { dueDate: '2026-01-01', amount: rub('0.2') }], '2026-01-01');
    expect(plan).toEqual([{ dueDate: '2026-01-01', amount: '0.20' }, { dueDate: '2026-02-01', amount: '0.10' }]);
  });

  it('refuses a plan that misses the premium by a kopeck, naming the field', () => {
    expect(() => instalmentPlan(rub('100.00'), [{ dueDate: '2026-01-01', amount: rub('99.99') }], '2026-01-01')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.instalments' }) }),
    );
    expect(() => instalmentPlan(rub('100.00'), [{ dueDate: '2026-01-01', amount: { amount: '100.00', currency: 'USD' } }], '2026-01-01')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.instalments.0.amount.currency' }) }),
    );
  });

  it('any split of a premium into kopecks is accepted', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 12 }), (kopecks) => {
        const parts = kopecks.map((k, i) => ({ dueDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`, amount: rub(new Decimal(k).div(100).toFixed(2)) }));
        const premium = kopecks.reduce((a, b) => a + b, 0);
        expect(instalmentPlan(rub(new Decimal(premium).div(100).toFixed(2)), parts, '2026-01-01')).toHaveLength(kopecks.length);
      }),
    );
  });
});
