import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// Money as a broker counts it (issue 10, ADR 0048): amounts in the currency's minor units, an
// overpayment only when asked for, a rate-based calculation's commission, commission lines that follow
// an edited instalment, a cancelled policy's unpaid items cancelled, and a summary per currency.

interface Money {
  amount: string;
  currency: string;
}
interface Item {
  id: string;
  version: number;
  amount: Money;
  outstanding?: Money;
  status: string;
  origin?: string;
  cancellationReason?: string | null;
}
interface Schedule {
  version: number;
  instalments: Item[];
  commissionIncomes: Item[];
  expenses: Item[];
}
interface GraphQLFailure {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string };
}

const ITEM = 'id version amount { amount currency } outstanding { amount } status origin cancellationReason';
const SCHEDULE = `query($id: ID!) { policySchedule(policyId: $id) { version instalments { ${ITEM} } commissionIncomes { ${ITEM} } expenses { ${ITEM} } } }`;
const CREATE_POLICY = 'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id version premium { amount currency } } } }';
const RECORD_EXPENSE = `mutation($input: RecordExpensePaymentInput!) { recordExpensePayment(input: $input) { expense { ${ITEM} } } }`;
const RECORD_INSTALMENT = `mutation($input: RecordInstalmentPaymentInput!) { recordInstalmentPayment(input: $input) { instalment { ${ITEM} } } }`;

const money = (amount: string, currency = 'RUB') => ({ amount, currency });

describe('Money as a broker counts it, through the router', () => {
  let system: TestSystem;
  let seller: string;
  let insurerId: string;
  let productId: string;

  const attempt = async <T>(query: string, variables: Record<string, unknown>) => system.graphql<T>(query, variables, seller);
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await attempt<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const refusal = async (query: string, variables: Record<string, unknown>): Promise<GraphQLFailure> => {
    const result = await attempt(query, variables);
    const error = (result.errors as GraphQLFailure[] | undefined)?.[0];
    if (!error) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
    return error;
  };
  const newDeal = async (title: string) =>
    (
      await call<{ createDeal: { deal: { id: string } } }>('mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }', {
        input: { title, newClient: { kind: 'PERSON', firstName: 'Анна', lastName: title } },
      })
    ).createDeal.deal.id;
  const newPolicy = async (dealId: string, number: string, terms: Record<string, unknown>) =>
    (
      await call<{ createPolicy: { policy: { id: string; version: number; premium: Money } } }>(CREATE_POLICY, {
        input: { dealId, number, insurerId, productId, startDate: '2032-01-01', endDate: '2032-12-31', ...terms },
      })
    ).createPolicy.policy;
  const schedule = (policyId: string) =>
    eventually(async () => {
      const found = (await call<{ policySchedule: Schedule | null }>(SCHEDULE, { id: policyId })).policySchedule;
      if (!found) throw new Error('no schedule yet');
      return found;
    });

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    const { insurers } = await call<{ insurers: { id: string; products: { id: string }[] }[] }>('{ insurers { id products { id } } }', {});
    const insurer = insurers.find((i) => i.products.length > 0)!;
    insurerId = insurer.id;
    productId = insurer.products[0]!.id;
  });
  afterAll(() => system?.stop());

  it('returns amounts in minor units ("13000.10") and refuses more decimals than the currency has, naming the field', async () => {
    const dealId = await newDeal('Копейки');
    const policy = await newPolicy(dealId, 'MONEY-1', { premium: money('13000.1'), commissionRate: '0.1' });
    expect(policy.premium).toEqual(money('13000.10'));
    const generated = await schedule(policy.id);
    expect(generated.instalments.map((i) => i.amount.amount)).toEqual(['13000.10']);

    const tooFine = await refusal(CREATE_POLICY, { input: { dealId, number: 'MONEY-2', insurerId, productId, startDate: '2032-01-01', endDate: '2032-12-31', premium: money('100.005'), commissionRate: '0.1' } });
    expect(tooFine.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.premium.amount', reason: 'input.currencyScale' });
    const instalment = generated.instalments[0]!;
    const paymentTooFine = await refusal(RECORD_INSTALMENT, { input: { instalmentId: instalment.id, version: instalment.version, amount: '100.005', paidOn: '2032-01-10', method: 'CASH' } });
    expect(paymentTooFine.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect((await schedule(policy.id)).instalments[0]!.status).toBe('PLANNED');
  });

  it('refuses an overpayment naming what is outstanding; allowOverpayment records it as OVERPAID with a journal line', async () => {
    const dealId = await newDeal('Переплата');
    const policy = await newPolicy(dealId, 'MONEY-3', { premium: money('5000.00'), commissionRate: '0.1', plannedExpenses: [{ description: 'Осмотр', amount: money('150.50') }] });
    const expense = (await schedule(policy.id)).expenses[0]!;

    const refused = await refusal(RECORD_EXPENSE, { input: { expenseId: expense.id, version: expense.version, amount: '15050.00', paidOn: '2032-01-05' } });
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount', reason: 'payments.overpayment' });
    expect(refused.message).toContain('150.50');

    const recorded = await call<{ recordExpensePayment: { expense: Item } }>(RECORD_EXPENSE, {
      input: { expenseId: expense.id, version: expense.version, amount: '15050.00', paidOn: '2032-01-05', allowOverpayment: true },
    });
    expect(recorded.recordExpensePayment.expense).toMatchObject({ status: 'OVERPAID', outstanding: { amount: '0.00' } });

    const journal = `query($id: ID!) { deal(id: $id) { journal { edges { node { kind text } } } } }`;
    await eventually(async () => {
      const read = await call<{ deal: { journal: { edges: { node: { kind: string; text: string } }[] } } }>(journal, { id: dealId });
      expect(read.deal.journal.edges.map((e) => e.node)).toContainEqual({ kind: 'SYSTEM', text: expect.stringContaining('14\u00a0899,50\u00a0₽') });
    });
  });

  it('shows a rate-based calculation its commission amount: rate × premium, in minor units', async () => {
    const dealId = await newDeal('Комиссия');
    const added = await call<{ addCalculation: { calculation: { premium: Money; commissionRate: string; commissionAmount: Money } } }>(
      'mutation($input: AddCalculationInput!) { addCalculation(input: $input) { calculation { premium { amount currency } commissionRate commissionAmount { amount currency } } } }',
      { input: { dealId, insurerId, productId, premium: money('13000.10'), commissionRate: '0.15' } },
    );
    expect(added.addCalculation.calculation).toEqual({ premium: money('13000.10'), commissionRate: '0.15', commissionAmount: money('1950.02') });
  });

  it('recomputes the commission line of a hand-edited instalment, unless that line was corrected by hand', async () => {
    const dealId = await newDeal('Взносы');
    const policy = await newPolicy(dealId, 'MONEY-4', {
      premium: money('20000.00'),
      instalments: [
        { dueDate: '2032-01-15', amount: money('10000.00') },
        { dueDate: '2032-06-15', amount: money('10000.00') },
      ],
      commissionRate: '0.1',
    });
    const before = await schedule(policy.id);
    const [first, second] = before.instalments;
    const secondLine = before.commissionIncomes[1]!;
    await call('mutation($input: UpdateCommissionIncomeInput!) { updateCommissionIncome(input: $input) { income { id } } }', {
      input: { incomeId: secondLine.id, version: secondLine.version, amount: '900.00' },
    });
    const update = 'mutation($input: UpdateInstalmentInput!) { updateInstalment(input: $input) { instalment { id } } }';
    await call(update, { input: { instalmentId: first!.id, version: first!.version, amount: '12000.55' } });
    await call(update, { input: { instalmentId: second!.id, version: second!.version, amount: '8000.00' } });

    const after = await schedule(policy.id);
    expect(after.commissionIncomes.map((c) => [c.amount.amount, c.origin])).toEqual([
      ['1200.06', 'TERMS'],
      ['900.00', 'MANUAL'],
    ]);
  });

  it('cancels the unpaid items of a CANCELLED policy, saying why, and keeps the paid ones', async () => {
    const dealId = await newDeal('Отмена');
    const policy = await newPolicy(dealId, 'MONEY-5', {
      premium: money('2000.00'),
      instalments: [
        { dueDate: '2032-01-15', amount: money('1000.00') },
        { dueDate: '2032-06-15', amount: money('1000.00') },
      ],
      commissionRate: '0.1',
      plannedExpenses: [{ description: 'Курьер', amount: money('300.00') }],
    });
    const paid = (await schedule(policy.id)).instalments[0]!;
    await call(RECORD_INSTALMENT, { input: { instalmentId: paid.id, version: paid.version, amount: '1000.00', paidOn: '2032-01-10', method: 'BANK_TRANSFER' } });

    await call('mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { policy { status } } }', { input: { id: policy.id, version: policy.version, status: 'CANCELLED' } });
    const cancelled = await eventually(async () => {
      const found = await schedule(policy.id);
      expect(found.instalments[1]!.status).toBe('CANCELLED');
      return found;
    });
    expect(cancelled.instalments.map((i) => [i.status, i.cancellationReason])).toEqual([
      ['PAID', null],
      ['CANCELLED', 'POLICY_CANCELLED'],
    ]);
    expect(cancelled.commissionIncomes.map((c) => c.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(cancelled.expenses.map((e) => [e.status, e.cancellationReason])).toEqual([['CANCELLED', 'POLICY_CANCELLED']]);
  });

  it("sums a deal's money per currency, one line each", async () => {
    const dealId = await newDeal('Две валюты');
    const rub = await newPolicy(dealId, 'MONEY-6', { premium: money('1000.00'), commissionRate: '0.1' });
    const usd = await newPolicy(dealId, 'MONEY-7', { premium: money('250.5', 'USD'), commissionRate: '0.2' });
    await schedule(rub.id);
    await schedule(usd.id);
    const summaries = `query($id: ID!) { deal(id: $id) { moneySummaries { currency premiumPlanned { amount } commissionPlanned { amount } otherCurrencyItemCount } } }`;
    const read = await call<{ deal: { moneySummaries: unknown[] } }>(summaries, { id: dealId });
    expect(read.deal.moneySummaries).toEqual([
      { currency: 'RUB', premiumPlanned: { amount: '1000.00' }, commissionPlanned: { amount: '100.00' }, otherCurrencyItemCount: 2 },
      { currency: 'USD', premiumPlanned: { amount: '250.50' }, commissionPlanned: { amount: '50.10' }, otherCurrencyItemCount: 2 },
    ]);
  });
});
