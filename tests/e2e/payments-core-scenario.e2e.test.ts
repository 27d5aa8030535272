import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// The core scenario's money steps (SPEC.md): 7 the schedule, commission and expenses appear by
// themselves once the policy is entered in CRM, and can be corrected by hand; 8 the deal's review
// date follows the nearest unpaid instalment, then the policy end minus the lead time; 9 commission
// received and an expense paid are recorded and the deal's money summary follows.

interface Money {
  amount: string;
}
interface Item {
  id: string;
  version: number;
  dueDate?: string;
  expectedDate?: string;
  description?: string;
  amount: Money;
  status: string;
}
interface Schedule {
  instalments: Item[];
  commissionIncomes: Item[];
  expenses: Item[];
  nextUnpaidDueDate: string | null;
}
interface DealView {
  reviewDate: string | null;
  policies: { id: string; schedule: Schedule | null }[];
  moneySummary: Record<string, Money>;
}

const DEAL = `query($id: ID!) {
  deal(id: $id) {
    reviewDate
    policies {
      id
      schedule {
        nextUnpaidDueDate
        instalments { id version dueDate amount { amount } status }
        commissionIncomes { id version expectedDate amount { amount } status }
        expenses { id version description dueDate amount { amount } status }
      }
    }
    moneySummary {
      premiumPlanned { amount } premiumPaid { amount } premiumOutstanding { amount }
      commissionPlanned { amount } commissionReceived { amount } commissionOutstanding { amount }
      expensesPlanned { amount } expensesPaid { amount } netIncome { amount }
    }
  }
}`;

const rub = (amount: string) => ({ amount, currency: 'RUB' });

describe('Payments core scenario through the router', () => {
  let system: TestSystem;
  let seller: string;
  let dealId: string;

  const call = async <T>(query: string, variables: Record<string, unknown>, token = seller): Promise<T> => {
    const result = await system.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const readDeal = async () => (await call<{ deal: DealView }>(DEAL, { id: dealId })).deal;
  const schedule = async () => {
    const deal = await readDeal();
    const found = deal.policies[0]?.schedule;
    if (!found) throw new Error('no schedule yet');
    return found;
  };

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    const created = await call<{ createDeal: { deal: { id: string } } }>('mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }', {
      input: { title: 'КАСКО Петров', newClient: { kind: 'PERSON', firstName: 'Пётр', lastName: 'Петров', phones: ['+7 916 000-11-22'] } },
    });
    dealId = created.createDeal.deal.id;
  });
  afterAll(() => system?.stop());

  it('step 7: entering the policy in CRM brings its instalments, commission and expenses; a person corrects them by hand', async () => {
    const { insurers } = await call<{ insurers: { id: string; products: { id: string }[] }[] }>('{ insurers { id products { id } } }', {});
    const insurer = insurers.find((i) => i.products.length > 0)!;
    await call('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } } }', {
      input: {
        dealId,
        number: 'PAY-E2E-1',
        insurerId: insurer.id,
        productId: insurer.products[0]!.id,
        startDate: '2031-01-01',
        endDate: '2031-12-31',
        premium: rub('120000.00'),
        instalments: ['2031-01-15', '2031-04-15', '2031-07-15', '2031-10-15'].map((dueDate) => ({ dueDate, amount: rub('30000.00') })),
        commissionRate: '0.15',
        plannedExpenses: [{ description: 'Вознаграждение субагенту', amount: rub('3000.00'), dueDate: '2031-02-01' }],
      },
    });

    const generated = await eventually(schedule);
    expect(generated.instalments.map((i) => [i.dueDate, i.amount.amount, i.status])).toEqual([
      ['2031-01-15', '30000.00', 'PLANNED'],
      ['2031-04-15', '30000.00', 'PLANNED'],
      ['2031-07-15', '30000.00', 'PLANNED'],
      ['2031-10-15', '30000.00', 'PLANNED'],
    ]);
    expect(generated.commissionIncomes.map((c) => [c.expectedDate, c.amount.amount])).toEqual([
      ['2031-01-15', '4500.00'],
      ['2031-04-15', '4500.00'],
      ['2031-07-15', '4500.00'],
      ['2031-10-15', '4500.00'],
    ]);
    expect(generated.expenses.map((e) => [e.description, e.amount.amount])).toEqual([['Вознаграждение субагенту', '3000.00']]);

    // Hand corrections: the last instalment moves by five days, a courier expense is added.
    const last = generated.instalments[3]!;
    await call('mutation($input: UpdateInstalmentInput!) { updateInstalment(input: $input) { instalment { dueDate origin } } }', {
      input: { instalmentId: last.id, version: last.version, dueDate: '2031-10-20' },
    });
    await call('mutation($input: AddExpenseInput!) { addExpense(input: $input) { expense { id } } }', {
      input: { policyId: (await readDeal()).policies[0]!.id, description: 'Курьер', amount: '500' },
    });
    const corrected = await readDeal();
    expect(corrected.policies[0]?.schedule?.instalments.map((i) => i.dueDate)).toEqual(['2031-01-15', '2031-04-15', '2031-07-15', '2031-10-20']);
    expect(corrected.moneySummary).toMatchObject({ premiumPlanned: { amount: '120000.00' }, commissionPlanned: { amount: '18000.00' }, expensesPlanned: { amount: '3500.00' } });
  });

  it('step 8: the review date moves to the nearest unpaid instalment, and to the policy end − lead time once all are paid', async () => {
    await eventually(async () => expect((await readDeal()).reviewDate).toBe('2031-01-15'));

    const pay = async (instalment: Item) =>
      call('mutation($input: RecordInstalmentPaymentInput!) { recordInstalmentPayment(input: $input) { instalment { status } } }', {
        input: { instalmentId: instalment.id, version: instalment.version, amount: instalment.amount.amount, paidOn: instalment.dueDate, method: 'BANK_TRANSFER' },
      });
    const [first, ...rest] = (await schedule()).instalments;
    await pay(first!);
    await eventually(async () => expect((await readDeal()).reviewDate).toBe('2031-04-15'));

    for (const instalment of rest) await pay(instalment);
    // 2031-12-31 minus the default 30-day renewal lead time.
    await eventually(async () => expect((await readDeal()).reviewDate).toBe('2031-12-01'));
    expect((await schedule()).nextUnpaidDueDate).toBeNull();
  });

  it('step 9: commission received and an expense paid are recorded against the plan, and the summary follows', async () => {
    const { commissionIncomes, expenses } = await schedule();
    const income = commissionIncomes[0]!;
    const received = await call<{ recordCommissionReceipt: { income: { status: string; received: Money } } }>(
      'mutation($input: RecordCommissionReceiptInput!) { recordCommissionReceipt(input: $input) { income { status received { amount } } } }',
      { input: { incomeId: income.id, version: income.version, amount: '4500', receivedOn: '2031-02-10', statementReference: 'АКТ-2031-02' } },
    );
    expect(received.recordCommissionReceipt.income).toEqual({ status: 'PAID', received: { amount: '4500.00' } });

    const fee = expenses.find((e) => e.description === 'Вознаграждение субагенту')!;
    await call('mutation($input: RecordExpensePaymentInput!) { recordExpensePayment(input: $input) { expense { status } } }', {
      input: { expenseId: fee.id, version: fee.version, amount: '3000', paidOn: '2031-02-12' },
    });

    expect((await readDeal()).moneySummary).toEqual({
      premiumPlanned: { amount: '120000.00' },
      premiumPaid: { amount: '120000.00' },
      premiumOutstanding: { amount: '0.00' },
      commissionPlanned: { amount: '18000.00' },
      commissionReceived: { amount: '4500.00' },
      commissionOutstanding: { amount: '13500.00' },
      expensesPlanned: { amount: '3500.00' },
      expensesPaid: { amount: '3000.00' },
      netIncome: { amount: '1500.00' },
    });

    const report = await call<{ commissionReport: { month: string; planned: Money; received: Money }[] }>(
      'query($input: CommissionReportInput!) { commissionReport(input: $input) { month planned { amount } received { amount } } }',
      { input: { from: '2031-01-01', to: '2031-12-31' } },
    );
    expect(report.commissionReport.find((r) => r.month === '2031-02')).toMatchObject({ planned: { amount: '0.00' }, received: { amount: '4500.00' } });
    expect(report.commissionReport.find((r) => r.month === '2031-01')).toMatchObject({ planned: { amount: '4500.00' }, received: { amount: '0.00' } });
  });
});
