import fc from 'fast-check';
import { Decimal, sum } from './decimal';
import { itemStatus } from './item-status';
import { summarize, type ItemKind, type SummaryItem } from './money-summary';

const money = fc.integer({ min: 0, max: 1_000_000_000 }).map((k) => new Decimal(k).div(100).toFixed(2));
const itemArbitrary = fc
  .record({ kind: fc.constantFrom<ItemKind>('INSTALMENT', 'COMMISSION', 'EXPENSE'), amount: money, payments: fc.array(money, { maxLength: 3 }), cancelled: fc.boolean() })
  .map(({ kind, amount, payments, cancelled }): SummaryItem => {
    const settled = cancelled ? '0.00' : sum(payments).toFixed(2);
    return { kind, amount, settled, currency: 'RUB', status: itemStatus({ amount, settled, cancelled, overdue: false }) };
  });
const policy = fc.array(itemArbitrary, { maxLength: 20 });

const add = (a: string, b: string) => new Decimal(a).plus(b).toFixed(2);

describe('summarize', () => {
  it('planned + overpaid = settled + outstanding, outstanding never negative, net = received − paid, for every random schedule', () => {
    const overpaid = (items: SummaryItem[], kind: ItemKind) => sum(items.filter((i) => i.kind === kind).map((i) => Decimal.max(0, new Decimal(i.settled).minus(i.amount))));
    fc.assert(
      fc.property(policy, (items) => {
        const s = summarize(items, 'RUB');
        expect(new Decimal(s.premiumOutstanding).isNegative()).toBe(false);
        expect(new Decimal(s.commissionOutstanding).isNegative()).toBe(false);
        expect(new Decimal(s.premiumPaid).plus(s.premiumOutstanding).equals(new Decimal(s.premiumPlanned).plus(overpaid(items, 'INSTALMENT')))).toBe(true);
        expect(new Decimal(s.commissionReceived).plus(s.commissionOutstanding).equals(new Decimal(s.commissionPlanned).plus(overpaid(items, 'COMMISSION')))).toBe(true);
        expect(new Decimal(s.commissionReceived).minus(s.expensesPaid).equals(s.netIncome)).toBe(true);
        expect(new Decimal(s.commissionPlanned).minus(s.expensesPlanned).equals(s.netIncomePlanned)).toBe(true);
        const plannedInstalments = sum(items.filter((i) => i.kind === 'INSTALMENT' && i.status !== 'CANCELLED').map((i) => i.amount));
        expect(plannedInstalments.equals(s.premiumPlanned)).toBe(true);
      }),
    );
  });

  it("a deal's summary is the sum of its policies' summaries, field by field", () => {
    fc.assert(
      fc.property(fc.array(policy, { minLength: 1, maxLength: 5 }), (policies) => {
        const deal = summarize(policies.flat(), 'RUB');
        const parts = policies.map((items) => summarize(items, 'RUB'));
        const fields = ['premiumPlanned', 'premiumPaid', 'premiumOutstanding', 'commissionPlanned', 'commissionReceived', 'commissionOutstanding', 'expensesPlanned', 'expensesPaid', 'netIncome', 'netIncomePlanned'] as const;
        for (const field of fields) expect(parts.map((p) => p[field]).reduce(add, '0.00')).toBe(deal[field]);
      }),
    );
  });

  it('leaves other currencies out and says how many items it left out', () => {
    const items: SummaryItem[] = [
      { kind: 'INSTALMENT', amount: '100', settled: '40', status: 'PARTIALLY_PAID', currency: 'RUB' },
      { kind: 'INSTALMENT', amount: '7', settled: '0', status: 'PLANNED', currency: 'USD' },
    ];
    expect(summarize(items, 'RUB')).toMatchObject({ premiumPlanned: '100.00', premiumPaid: '40.00', premiumOutstanding: '60.00', otherCurrencyItemCount: 1 });
  });
});

describe('itemStatus', () => {
  it('follows the money and keeps an overdue flag until paid in full', () => {
    expect(itemStatus({ amount: '100', settled: '0', cancelled: false, overdue: false })).toBe('PLANNED');
    expect(itemStatus({ amount: '100', settled: '30', cancelled: false, overdue: false })).toBe('PARTIALLY_PAID');
    expect(itemStatus({ amount: '100', settled: '30', cancelled: false, overdue: true })).toBe('OVERDUE');
    expect(itemStatus({ amount: '100', settled: '100', cancelled: false, overdue: true })).toBe('PAID');
    expect(itemStatus({ amount: '100', settled: '120', cancelled: false, overdue: false })).toBe('OVERPAID');
    expect(itemStatus({ amount: '100', settled: '0', cancelled: true, overdue: false })).toBe('CANCELLED');
  });
});
