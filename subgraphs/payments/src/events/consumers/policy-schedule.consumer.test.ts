import { sql } from 'drizzle-orm';
import { countRows, createPaymentsHarness, policyData, policyEvent, SCHEDULE_QUERY, userIdentity, type PaymentsHarness, type ScheduleResult } from '../../testing/payments-harness';

describe('payments.policy-schedule consumer', () => {
  let h: PaymentsHarness;
  beforeAll(async () => {
    h = await createPaymentsHarness();
  });
  afterAll(() => h?.close());

  const schedule = async (policyId: string, identity: ReturnType<typeof userIdentity>) => {
    const result = await h.run<ScheduleResult>(SCHEDULE_QUERY, { variables: { policyId }, identity });
    expect(result.errors).toBeUndefined();
    return result.data?.policySchedule;
  };

  it('generates instalments, commission per instalment and expenses from the policy terms', async () => {
    const data = policyData({ commission: { kind: 'AMOUNT', amount: { amount: '1000.00', currency: 'RUB' } } });
    await h.deliver(policyEvent(data));
    const s = await schedule(data.policyId, userIdentity(data.organizationId, ['SELLER'], data.dealOwnerId));
    expect(s?.instalments.map((i) => [i.dueDate, i.amount.amount, i.status, i.origin])).toEqual([
      ['2030-01-15', '30000.00', 'PLANNED', 'TERMS'],
      ['2030-04-15', '30000.00', 'PLANNED', 'TERMS'],
      ['2030-07-15', '30000.00', 'PLANNED', 'TERMS'],
      ['2030-10-15', '30000.00', 'PLANNED', 'TERMS'],
    ]);
    // 1000 split four ways: 250 each, adding up exactly.
    expect(s?.commissionIncomes.map((c) => [c.expectedDate, c.amount.amount])).toEqual([
      ['2030-01-15', '250.00'],
      ['2030-04-15', '250.00'],
      ['2030-07-15', '250.00'],
      ['2030-10-15', '250.00'],
    ]);
    expect(s?.expenses.map((e) => [e.description, e.amount.amount, e.dueDate])).toEqual([['Sub-agent fee', '2500.00', '2030-02-01']]);
    expect(s?.summary).toMatchObject({ premiumPlanned: { amount: '120000.00' }, commissionPlanned: { amount: '1000.00' }, expensesPlanned: { amount: '2500.00' }, netIncomePlanned: { amount: '-1500.00' } });
    const [changed] = await h.published<{ policyId: string; nextUnpaidDueDate: string }>('payments.schedule.changed');
    expect(changed?.data).toMatchObject({ policyId: data.policyId, nextUnpaidDueDate: '2030-01-15' });
  });

  it('a duplicated crm.policy.created delivery creates one schedule (same event id, or a re-sent copy)', async () => {
    const data = policyData();
    const event = policyEvent(data);
    await h.deliver(event);
    await h.deliver(event);
    await h.deliver(policyEvent(data)); // the same version under a new event id
    const items = await countRows(h, sql`SELECT 1 FROM payments.schedule_items WHERE policy_id = ${data.policyId}`);
    expect(items).toBe(4 + 4 + 1);
    expect(await countRows(h, sql`SELECT 1 FROM payments.policies WHERE id = ${data.policyId}`)).toBe(1);
  });

  it('a newer version regenerates what has no money recorded, flags what has, and ignores older versions', async () => {
    const data = policyData();
    const seller = userIdentity(data.organizationId, ['SELLER'], data.dealOwnerId);
    await h.deliver(policyEvent(data));
    const before = await schedule(data.policyId, seller);
    const first = before!.instalments[0]!;
    const paid = await h.run(
      `mutation($input: RecordInstalmentPaymentInput!) { recordInstalmentPayment(input: $input) { instalment { status } } }`,
      { variables: { input: { instalmentId: first.id, version: first.version, amount: '30000', paidOn: '2030-01-10', method: 'BANK_TRANSFER' } }, identity: seller },
    );
    expect(paid.errors).toBeUndefined();

    // New terms: 3 instalments of 40 000 with a different first date; rate 10 %.
    const v2 = policyData({
      ...data,
      version: 2,
      commission: { kind: 'RATE', rate: '0.10' },
      instalments: ['2030-01-20', '2030-05-20', '2030-09-20'].map((dueDate) => ({ dueDate, amount: { amount: '40000.00', currency: 'RUB' } })),
    });
    await h.deliver(policyEvent(v2, 'crm.policy.updated'));
    await h.deliver(policyEvent({ ...data, version: 1, number: 'OLD' }, 'crm.policy.updated'));

    const after = await schedule(data.policyId, seller);
    expect(after?.termsVersion).toBe(2);
    // The paid instalment keeps its money and terms; the others follow the new terms; the fourth is gone.
    expect(after?.instalments.map((i) => [i.dueDate, i.amount.amount, i.paid.amount, i.status])).toEqual([
      ['2030-01-15', '30000.00', '30000.00', 'PAID'],
      ['2030-05-20', '40000.00', '0.00', 'PLANNED'],
      ['2030-09-20', '40000.00', '0.00', 'PLANNED'],
    ]);
    expect(after?.instalments[0]?.id).toBe(first.id);
    expect(after?.commissionIncomes.map((c) => c.amount.amount)).toEqual(['4000.00', '4000.00', '4000.00']);
    expect(after?.hasOpenConflicts).toBe(true);
    expect(after?.conflicts).toEqual([expect.objectContaining({ code: 'TERMS_CHANGED_ITEM_HAS_ACTUALS', itemId: first.id })]);
    expect(after?.nextUnpaidDueDate).toBe('2030-05-20');
  });
});
