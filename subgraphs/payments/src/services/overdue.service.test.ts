import { createPaymentsHarness, policyData, policyEvent, SCHEDULE_QUERY, userIdentity, type PaymentsHarness, type ScheduleResult } from '../testing/payments-harness';

describe('overdue instalments', () => {
  let h: PaymentsHarness;
  let now = new Date('2030-01-10T09:00:00Z');
  beforeAll(async () => {
    h = await createPaymentsHarness({ clock: () => now });
  });
  afterAll(() => h?.close());

  it('flags an unpaid instalment past its due date and publishes the event once, even with several runs at once', async () => {
    const data = policyData();
    await h.deliver(policyEvent(data));
    expect(await h.payments.services.overdue.flagOverdue()).toBe(0);

    now = new Date('2030-04-20T09:00:00Z'); // past the January and April instalments
    const runs = await Promise.all([h.payments.services.overdue.flagOverdue(), h.payments.services.overdue.flagOverdue(), h.payments.services.overdue.flagOverdue()]);
    expect(runs.reduce((a, b) => a + b, 0)).toBe(2);
    expect(await h.payments.services.overdue.flagOverdue()).toBe(0);

    const overdue = await h.published<{ policyId: string; dueDate: string; outstanding: { amount: string } }>('payments.instalment.overdue');
    expect(overdue.filter((e) => e.data.policyId === data.policyId).map((e) => [e.data.dueDate, e.data.outstanding.amount]).sort()).toEqual([
      ['2030-01-15', '30000.00'],
      ['2030-04-15', '30000.00'],
    ]);

    const seller = userIdentity(data.organizationId, ['SELLER'], data.dealOwnerId);
    const s = (await h.run<ScheduleResult>(SCHEDULE_QUERY, { variables: { policyId: data.policyId }, identity: seller })).data!.policySchedule!;
    expect(s.instalments.map((i) => i.status)).toEqual(['OVERDUE', 'OVERDUE', 'PLANNED', 'PLANNED']);

    // Paying part keeps it OVERDUE; paying the rest makes it PAID, and no new overdue event follows.
    const first = s.instalments[0]!;
    const pay = (amount: string, version: number) =>
      h.run<{ recordInstalmentPayment: { instalment: { status: string; version: number } } }>(
        `mutation($input: RecordInstalmentPaymentInput!) { recordInstalmentPayment(input: $input) { instalment { status version } } }`,
        { variables: { input: { instalmentId: first.id, version, amount, paidOn: '2030-04-20', method: 'CASH' } }, identity: seller },
      );
    const partial = await pay('10000', first.version);
    expect(partial.data?.recordInstalmentPayment.instalment.status).toBe('OVERDUE');
    const full = await pay('20000', partial.data!.recordInstalmentPayment.instalment.version);
    expect(full.data?.recordInstalmentPayment.instalment.status).toBe('PAID');
    await h.payments.services.overdue.flagOverdue();
    expect((await h.published('payments.instalment.overdue')).length).toBe(overdue.length);
  });
});
