import { randomUUID } from 'node:crypto';
import { createEnvelope, eventContracts } from '@crm/contracts';
import { createPaymentsHarness, policyData, policyEvent, SCHEDULE_QUERY, userIdentity, type PaymentsHarness, type ScheduleResult } from '../../testing/payments-harness';

describe('payments.deal-access consumer', () => {
  let h: PaymentsHarness;
  beforeAll(async () => {
    h = await createPaymentsHarness();
  });
  afterAll(() => h?.close());

  const dealEvent = (data: ReturnType<typeof policyData>, ownerId: string, participantIds: string[], time: Date) =>
    createEnvelope({
      source: '/subgraphs/crm',
      type: 'crm.deal.updated',
      version: eventContracts['crm.deal.updated'].version,
      orgId: data.organizationId,
      time,
      data: { dealId: data.dealId, organizationId: data.organizationId, clientId: data.clientId, ownerId, participantIds, title: 'Deal', stage: 'ACTIVE', archived: false, reviewDate: null, changedFields: ['participantIds'] },
    });

  it('lets the deal’s participants see its money, and an older event never undoes a newer one', async () => {
    const data = policyData();
    await h.deliver(policyEvent(data));
    const executor = userIdentity(data.organizationId, ['EXECUTOR'], randomUUID());
    const sees = async () => (await h.run<ScheduleResult>(SCHEDULE_QUERY, { variables: { policyId: data.policyId }, identity: executor })).data?.policySchedule !== null;
    expect(await sees()).toBe(false);

    await h.deliver(dealEvent(data, data.dealOwnerId, [executor.userId], new Date('2030-01-02T00:00:00Z')));
    expect(await sees()).toBe(true);

    await h.deliver(dealEvent(data, data.dealOwnerId, [], new Date('2030-01-01T00:00:00Z')));
    expect(await sees()).toBe(true);
    await h.deliver(dealEvent(data, data.dealOwnerId, [], new Date('2030-01-03T00:00:00Z')));
    expect(await sees()).toBe(false);
  });
});
