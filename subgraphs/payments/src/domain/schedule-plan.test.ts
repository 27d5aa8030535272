import fc from 'fast-check';
import { Decimal, sum } from './decimal';
import { planSchedule, type PolicyTerms } from './schedule-plan';

const rub = (amount: string) => ({ amount, currency: 'RUB' });

/** Random policies: a premium in kopecks split into n instalments by the CRM the same way a person would. */
const termsArbitrary = fc
  .record({
    premiumKopecks: fc.integer({ min: 1, max: 5_000_000_000 }),
    count: fc.integer({ min: 1, max: 12 }),
    rate: fc.integer({ min: 0, max: 10_000 }).map((bp) => new Decimal(bp).div(10_000).toFixed()),
    fixed: fc.option(fc.integer({ min: 0, max: 100_000_000 }).map((k) => new Decimal(k).div(100).toFixed(2)), { nil: null }),
    expenses: fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 4 }),
  })
  .map(({ premiumKopecks, count, rate, fixed, expenses }): PolicyTerms => {
    const premium = new Decimal(premiumKopecks).div(100);
    const base = new Decimal(premiumKopecks).div(count).floor();
    const amounts = Array.from({ length: count }, (_, i) => (i === 0 ? base.plus(premiumKopecks - base.times(count).toNumber()) : base).div(100).toFixed(2));
    return {
      premium: rub(premium.toFixed(2)),
      instalments: amounts.map((amount, i) => ({ dueDate: `2030-${String(i + 1).padStart(2, '0')}-15`, amount: rub(amount) })),
      commission: fixed === null ? { kind: 'RATE', rate } : { kind: 'AMOUNT', amount: rub(fixed) },
      plannedExpenses: expenses.map((k, i) => ({ description: `expense ${i}`, amount: rub(new Decimal(k).div(100).toFixed(2)), dueDate: null })),
    };
  });

describe('planSchedule', () => {
  it('instalments add up to the premium and commission parts add up to the commission total, exactly', () => {
    fc.assert(
      fc.property(termsArbitrary, (terms) => {
        const plan = planSchedule(terms);
        expect(plan.problems).toEqual([]);
        expect(sum(plan.instalments.map((i) => i.amount)).equals(terms.premium.amount)).toBe(true);
        expect(sum(plan.commissions.map((c) => c.amount)).equals(plan.commissionTotal)).toBe(true);
        const expectedTotal =
          terms.commission.kind === 'RATE' ? new Decimal(terms.commission.rate).times(terms.premium.amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : new Decimal(terms.commission.amount.amount);
        expect(new Decimal(plan.commissionTotal).equals(expectedTotal)).toBe(true);
        if (terms.commission.kind === 'RATE') {
          const rate = terms.commission.rate;
          plan.commissions.forEach((c, i) => expect(new Decimal(c.amount).minus(new Decimal(rate).times(plan.instalments[i]?.amount ?? 0)).abs().lessThanOrEqualTo('0.01')).toBe(true));
        }
        expect(sum(plan.expenses.map((e) => e.amount)).equals(sum(terms.plannedExpenses.map((e) => e.amount.amount)))).toBe(true);
      }),
    );
  });

  it('orders instalments by due date and reports problems instead of fixing them', () => {
    const plan = planSchedule({
      premium: rub('1000'),
      instalments: [
        { dueDate: '2030-06-01', amount: rub('300') },
        { dueDate: '2030-01-01', amount: rub('600') },
      ],
      commission: { kind: 'RATE', rate: '0.1' },
      plannedExpenses: [{ description: 'agent fee', amount: { amount: '10', currency: 'USD' }, dueDate: null }],
    });
    expect(plan.instalments.map((i) => [i.dueDate, i.amount])).toEqual([
      ['2030-01-01', '600.00'],
      ['2030-06-01', '300.00'],
    ]);
    expect(plan.commissions.map((c) => c.amount)).toEqual(['60.00', '30.00']);
    expect(plan.problems.map((p) => p.code).sort()).toEqual(['CURRENCY_MISMATCH', 'TOTAL_MISMATCH']);
  });
});
