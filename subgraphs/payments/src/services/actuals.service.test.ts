import { sql } from 'drizzle-orm';
import { countRows, createPaymentsHarness, firstError, policyData, policyEvent, SCHEDULE_QUERY, userIdentity, type PaymentsHarness, type ScheduleResult } from '../testing/payments-harness';

const PAY = `mutation($input: RecordInstalmentPaymentInput!) { recordInstalmentPayment(input: $input) { instalment { id status version paid { amount } } entry { id } } }`;
const RECEIVE = `mutation($input: RecordCommissionReceiptInput!) { recordCommissionReceipt(input: $input) { income { id status version received { amount } } entry { id } schedule { summary { commissionReceived { amount } commissionOutstanding { amount } } } } }`;
const REVERSE = `mutation($input: ReverseEntryInput!) { reverseInstalmentPayment(input: $input) { instalment { status version paid { amount } } entry { id amount { amount } reversesEntryId } } }`;
const SPEND = `mutation($input: RecordExpensePaymentInput!) { recordExpensePayment(input: $input) { expense { status paid { amount } } schedule { summary { expensesPaid { amount } netIncome { amount } } } } }`;

describe('actuals: payments, receipts, expenses and reversals', () => {
  let h: PaymentsHarness;
  beforeAll(async () => {
    h = await createPaymentsHarness();
  });
  afterAll(() => h?.close());

  async function newPolicy() {
    const data = policyData();
    await h.deliver(policyEvent(data));
    const seller = userIdentity(data.organizationId, ['SELLER'], data.dealOwnerId);
    const read = async () => (await h.run<ScheduleResult>(SCHEDULE_QUERY, { variables: { policyId: data.policyId }, identity: seller })).data!.policySchedule!;
    return { data, seller, read };
  }

  it('partial payments add up, the status follows, and events are published', async () => {
    const { seller, read } = await newPolicy();
    const instalment = (await read()).instalments[0]!;
    const first = await h.run<{ recordInstalmentPayment: { instalment: { status: string; version: number; paid: { amount: string } } } }>(PAY, {
      variables: { input: { instalmentId: instalment.id, version: instalment.version, amount: '10000.50', paidOn: '2030-01-10', method: 'CARD' } },
      identity: seller,
    });
    expect(first.data?.recordInstalmentPayment.instalment).toMatchObject({ status: 'PARTIALLY_PAID', paid: { amount: '10000.50' } });
    const second = await h.run<{ recordInstalmentPayment: { instalment: { status: string; paid: { amount: string } } } }>(PAY, {
      variables: { input: { instalmentId: instalment.id, version: first.data!.recordInstalmentPayment.instalment.version, amount: '19999.50', paidOn: '2030-01-12', method: 'CASH' } },
      identity: seller,
    });
    expect(second.data?.recordInstalmentPayment.instalment).toMatchObject({ status: 'PAID', paid: { amount: '30000.00' } });
    const after = await read();
    expect(after.nextUnpaidDueDate).toBe('2030-04-15');
    expect(after.summary).toMatchObject({ premiumPaid: { amount: '30000.00' }, premiumOutstanding: { amount: '90000.00' } });
    const paidEvents = await h.published<{ instalmentId: string; totalPaid: { amount: string } }>('payments.instalment.paid');
    expect(paidEvents.filter((e) => e.data.instalmentId === instalment.id).map((e) => e.data.totalPaid.amount)).toEqual(['10000.50', '30000.00']);
    const changed = await h.published<{ policyId: string; nextUnpaidDueDate: string }>('payments.schedule.changed');
    expect(changed.filter((e) => e.data.policyId === after.policyId).at(-1)?.data.nextUnpaidDueDate).toBe('2030-04-15');
  });

  it('a correction is a reversing entry: the original stays, the history shows both', async () => {
    const { seller, read } = await newPolicy();
    const instalment = (await read()).instalments[1]!;
    const paid = await h.run<{ recordInstalmentPayment: { instalment: { version: number }; entry: { id: string } } }>(PAY, {
      variables: { input: { instalmentId: instalment.id, version: instalment.version, amount: '30000', paidOn: '2030-04-01', method: 'BANK_TRANSFER' } },
      identity: seller,
    });
    const entryId = paid.data!.recordInstalmentPayment.entry.id;
    const reversed = await h.run<{ reverseInstalmentPayment: { instalment: { status: string; version: number }; entry: { amount: { amount: string }; reversesEntryId: string } } }>(REVERSE, {
      variables: { input: { entryId, version: paid.data!.recordInstalmentPayment.instalment.version, reason: 'Wrong policy' } },
      identity: seller,
    });
    expect(reversed.errors).toBeUndefined();
    expect(reversed.data?.reverseInstalmentPayment).toMatchObject({ instalment: { status: 'PLANNED' }, entry: { amount: { amount: '-30000.00' }, reversesEntryId: entryId } });
    const history = (await read()).instalments[1]!.payments;
    expect(history.map((p) => [p.amount.amount, p.reversesEntryId, p.reversedByEntryId])).toEqual([
      ['30000.00', null, history[1]?.id],
      ['-30000.00', entryId, null],
    ]);
    const again = await h.run(REVERSE, { variables: { input: { entryId, version: reversed.data!.reverseInstalmentPayment.instalment.version, reason: 'twice' } }, identity: seller });
    expect(firstError(again)?.code).toBe('CONFLICT');
  });

  it('concurrent receipts with the same version read: one is recorded, the other is a CONFLICT; retried, none is lost', async () => {
    const { seller, read } = await newPolicy();
    const income = (await read()).commissionIncomes[0]!;
    const receipt = (amount: string, version: number) =>
      h.run<{ recordCommissionReceipt: { income: { version: number } } }>(RECEIVE, {
        variables: { input: { incomeId: income.id, version, amount, receivedOn: '2030-02-05', statementReference: `ST-${amount}` } },
        identity: seller,
      });
    const results = await Promise.all([receipt('1000', income.version), receipt('2000', income.version)]);
    const codes = results.map((r) => firstError(r)?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const loser = results.findIndex((r) => r.errors);
    const fresh = (await read()).commissionIncomes[0]!;
    const retried = await receipt(loser === 0 ? '1000' : '2000', fresh.version);
    expect(retried.errors).toBeUndefined();
    const final = (await read()).commissionIncomes[0]!;
    expect(final.received.amount).toBe('3000.00');
    expect(final.receipts.map((r) => r.amount.amount).sort()).toEqual(['1000.00', '2000.00']);
    // 15 % of the 30 000 instalment is 4 500: 3 000 received so far.
    expect(final.status).toBe('PARTIALLY_PAID');
    const received = await h.published<{ incomeId: string }>('payments.income.received');
    expect(received.filter((e) => e.data.incomeId === income.id)).toHaveLength(2);
  });

  it('an expense payment is recorded and the summary follows', async () => {
    const { seller, read } = await newPolicy();
    const expense = (await read()).expenses[0]!;
    const result = await h.run<{ recordExpensePayment: { expense: { status: string }; schedule: { summary: { expensesPaid: { amount: string }; netIncome: { amount: string } } } } }>(SPEND, {
      variables: { input: { expenseId: expense.id, version: expense.version, amount: '2500', paidOn: '2030-02-01' } },
      identity: seller,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordExpensePayment).toMatchObject({ expense: { status: 'PAID' }, schedule: { summary: { expensesPaid: { amount: '2500.00' }, netIncome: { amount: '-2500.00' } } } });
    expect(await h.published('payments.expense.paid')).toHaveLength(1);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { seller, read } = await newPolicy();
    const instalment = (await read()).instalments[0]!;
    const entriesBefore = await countRows(h, sql`SELECT 1 FROM payments.ledger_entries`);
    const outboxBefore = await countRows(h, sql`SELECT 1 FROM payments.outbox`);
    const cases: [Record<string, unknown>, string][] = [
      [{ amount: '-5.00' }, 'input.amount'],
      [{ amount: '10.001' }, 'input.amount'],
      [{ amount: '0.00' }, 'input.amount'],
      [{ version: 0 }, 'input.version'],
      [{ instalmentId: 'not-an-id' }, 'input.instalmentId'],
    ];
    for (const [override, field] of cases) {
      const result = await h.run(PAY, {
        variables: { input: { instalmentId: instalment.id, version: instalment.version, amount: '100', paidOn: '2030-01-10', method: 'CASH', ...override } },
        identity: seller,
      });
      expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await countRows(h, sql`SELECT 1 FROM payments.ledger_entries`)).toBe(entriesBefore);
    expect(await countRows(h, sql`SELECT 1 FROM payments.outbox`)).toBe(outboxBefore);
  });

  it('another organisation, or a seller of another deal, sees nothing and records nothing', async () => {
    const { data, read } = await newPolicy();
    const instalment = (await read()).instalments[0]!;
    for (const stranger of [userIdentity(data.organizationId, ['SELLER']), userIdentity(data.dealId, ['ADMIN'])]) {
      const seen = await h.run<ScheduleResult>(SCHEDULE_QUERY, { variables: { policyId: data.policyId }, identity: stranger });
      expect(seen.data?.policySchedule).toBeNull();
      const paid = await h.run(PAY, { variables: { input: { instalmentId: instalment.id, version: instalment.version, amount: '1', paidOn: '2030-01-10', method: 'CASH' } }, identity: stranger });
      expect(firstError(paid)?.code).toBe('NOT_FOUND');
    }
    const admin = await h.run<ScheduleResult>(SCHEDULE_QUERY, { variables: { policyId: data.policyId }, identity: userIdentity(data.organizationId, ['ADMIN']) });
    expect(admin.data?.policySchedule?.policyId).toBe(data.policyId);
  });
});
