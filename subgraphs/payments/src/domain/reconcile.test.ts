import { reconcile, type ExistingItem } from './reconcile';
import { planSchedule, type PolicyTerms } from './schedule-plan';

const rub = (amount: string) => ({ amount, currency: 'RUB' });
const terms = (amounts: string[], rate = '0.1'): PolicyTerms => ({
  premium: rub(amounts.reduce((a, b) => String(Number(a) + Number(b)), '0')),
  instalments: amounts.map((amount, i) => ({ dueDate: `2030-0${i + 1}-01`, amount: rub(amount) })),
  commission: { kind: 'RATE', rate },
  plannedExpenses: [],
});
const item = (over: Partial<ExistingItem> & Pick<ExistingItem, 'id' | 'kind' | 'position' | 'amount'>): ExistingItem => ({
  dueDate: `2030-0${(over.position ?? 0) + 1}-01`,
  description: null,
  hasActuals: false,
  ...over,
});

describe('reconcile', () => {
  it('creates the whole schedule when there is none', () => {
    const result = reconcile([], planSchedule(terms(['100', '200'])));
    expect(result.inserts.map((i) => `${i.kind}:${i.position}:${i.amount}`)).toEqual(['INSTALMENT:0:100.00', 'INSTALMENT:1:200.00', 'COMMISSION:0:10.00', 'COMMISSION:1:20.00']);
    expect(result.conflicts).toEqual([]);
  });

  it('changes and removes items without actuals, keeps hand-added ones, and flags items with actuals', () => {
    const existing = [
      item({ id: 'i0', kind: 'INSTALMENT', position: 0, amount: '100.00', hasActuals: true }),
      item({ id: 'i1', kind: 'INSTALMENT', position: 1, amount: '200.00' }),
      item({ id: 'i2', kind: 'INSTALMENT', position: 2, amount: '300.00' }),
      item({ id: 'c0', kind: 'COMMISSION', position: 0, amount: '10.00' }),
      item({ id: 'c1', kind: 'COMMISSION', position: 1, amount: '20.00' }),
      item({ id: 'c2', kind: 'COMMISSION', position: 2, amount: '30.00', hasActuals: true }),
      item({ id: 'm', kind: 'INSTALMENT', position: null, amount: '5.00' }),
    ];
    const result = reconcile(existing, planSchedule(terms(['150', '250'])));
    expect(result.updates.map((u) => [u.id, u.amount])).toEqual([
      ['i1', '250.00'],
      ['c0', '15.00'],
      ['c1', '25.00'],
    ]);
    expect(result.deletes).toEqual(['i2']);
    expect(result.inserts).toEqual([]);
    expect(result.conflicts.map((c) => [c.code, c.itemId])).toEqual([
      ['TERMS_CHANGED_ITEM_HAS_ACTUALS', 'i0'],
      ['TERMS_REMOVED_ITEM_HAS_ACTUALS', 'c2'],
    ]);
  });

  it('changes nothing when the terms are the same', () => {
    const plan = planSchedule(terms(['100']));
    const existing = [item({ id: 'i0', kind: 'INSTALMENT', position: 0, amount: '100', hasActuals: true }), item({ id: 'c0', kind: 'COMMISSION', position: 0, amount: '10' })];
    expect(reconcile(existing, plan)).toEqual({ inserts: [], updates: [], deletes: [], conflicts: [] });
  });
});
