import { randomUUID } from 'node:crypto';
import { createEnvelope, eventContracts } from '@crm/contracts';
import type { UserIdentity } from '@crm/platform';
import { createPaymentsHarness, firstError, policyData, policyEvent, SCHEDULE_QUERY, userIdentity, type PaymentsHarness, type ScheduleResult } from '../testing/payments-harness';
import { dealMoneyAllows } from './access';

const MONEY_SUMMARY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Deal { id moneySummary { premiumPlanned { amount } } } } }`;
const ADD_EXPENSE = `mutation($input: AddExpenseInput!) { addExpense(input: $input) { expense { id } } }`;

/** CRM's `sellersSeeAllDeals`, mirrored from `crm.settings.changed` into who sees a deal's money (ADR 0009). */
describe('payments when the organisation lets sellers see every deal', () => {
  let h: PaymentsHarness;
  const data = policyData();
  const orgId = data.organizationId;
  const colleague = userIdentity(orgId, ['SELLER']);
  const executor = userIdentity(orgId, ['EXECUTOR']);

  const settingsChanged = (version: number, sellersSeeAllDeals: boolean) =>
    createEnvelope({
      source: '/subgraphs/crm',
      type: 'crm.settings.changed',
      version: eventContracts['crm.settings.changed'].version,
      orgId,
      subject: orgId,
      data: { organizationId: orgId, renewalLeadDays: 30, sellersSeeAllDeals, version },
    });
  const schedule = async (identity: UserIdentity, policyId = data.policyId) =>
    (await h.run<ScheduleResult>(SCHEDULE_QUERY, { variables: { policyId }, identity })).data?.policySchedule ?? null;
  const summary = (identity: UserIdentity) => h.run<{ _entities: { moneySummary: { premiumPlanned: { amount: string } } }[] }>(MONEY_SUMMARY, { variables: { reps: [{ __typename: 'Deal', id: data.dealId }] }, identity });
  const addExpense = (identity: UserIdentity) => h.run(ADD_EXPENSE, { variables: { input: { policyId: data.policyId, description: 'Courier', amount: '500.00' } }, identity });

  beforeAll(async () => {
    h = await createPaymentsHarness();
    await h.deliver(policyEvent(data));
    await h.deliver(
      createEnvelope({
        source: '/subgraphs/crm',
        type: 'crm.deal.created',
        version: eventContracts['crm.deal.created'].version,
        orgId,
        data: { dealId: data.dealId, organizationId: orgId, clientId: data.clientId, ownerId: data.dealOwnerId, participantIds: [], title: 'Deal', stage: 'NEW', archived: false, reviewDate: null },
      }),
    );
  });
  afterAll(() => h?.close());

  it('by default (no settings event yet) another seller sees neither the schedule nor the money summary, nor records money', async () => {
    expect(await schedule(userIdentity(orgId, ['SELLER'], data.dealOwnerId))).not.toBeNull();
    expect(await schedule(colleague)).toBeNull();
    expect(firstError(await summary(colleague))).toMatchObject({ code: 'FORBIDDEN' });
    expect(firstError(await addExpense(colleague))).toMatchObject({ code: 'NOT_FOUND', field: 'input.policyId' });
  });

  it('with the setting on, another seller sees the deal’s money but does not record it (seeing is not writing); an executor sees nothing', async () => {
    await h.deliver(settingsChanged(2, true));
    const before = await schedule(colleague);
    expect(before).toMatchObject({ policyId: data.policyId });
    const seen = await summary(colleague);
    expect(seen.errors).toBeUndefined();
    expect(seen.data?._entities[0]?.moneySummary.premiumPlanned.amount).toBe('120000.00');
    expect(firstError(await addExpense(colleague))).toMatchObject({ code: 'FORBIDDEN', field: 'input.policyId' });
    expect(await schedule(colleague)).toEqual(before);
    expect((await addExpense(userIdentity(orgId, ['SELLER'], data.dealOwnerId))).errors).toBeUndefined();

    expect(await schedule(executor)).toBeNull();
    expect(firstError(await summary(executor))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('covers a policy whose deal event has not arrived yet as well', async () => {
    const early = policyData({ organizationId: orgId });
    await h.deliver(policyEvent(early));
    expect(await schedule(colleague, early.policyId)).toMatchObject({ policyId: early.policyId });
  });

  it('turned off by a newer version, the money is hidden again; the older version arriving late changes nothing', async () => {
    await h.deliver(settingsChanged(3, false));
    await h.deliver(settingsChanged(2, true));
    expect(await schedule(colleague)).toBeNull();
    expect(firstError(await summary(colleague))).toMatchObject({ code: 'FORBIDDEN' });
    expect(firstError(await addExpense(colleague))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('dealMoneyAllows', () => {
  const org = randomUUID();
  const owner = randomUUID();
  const access = { dealId: randomUUID(), organizationId: org, ownerId: owner, participantIds: ['helper'], archived: false, eventTime: new Date() };
  const closed = { sellersSeeAllDeals: false };
  const open = { sellersSeeAllDeals: true };

  it('uses the policy’s deal owner until the deal’s first event, then the deal event’s owner and participants', () => {
    const policyOwner = userIdentity(org, ['SELLER'], randomUUID());
    expect(dealMoneyAllows('read', policyOwner, org, null, policyOwner.userId, closed)).toBe(true);
    expect(dealMoneyAllows('read', policyOwner, org, access, policyOwner.userId, closed)).toBe(false);
    expect(dealMoneyAllows('read', userIdentity(org, ['EXECUTOR'], 'helper'), org, access, policyOwner.userId, closed)).toBe(true);
    expect(dealMoneyAllows('read', userIdentity(org, ['SELLER']), org, null, policyOwner.userId, open)).toBe(true);
    expect(dealMoneyAllows('read', userIdentity(org, ['SELLER']), randomUUID(), null, policyOwner.userId, open)).toBe(false);
  });

  it('never lets the setting write: a non-owner seller reads with it and changes nothing', () => {
    const seller = userIdentity(org, ['SELLER']);
    expect(dealMoneyAllows('read', seller, org, access, owner, open)).toBe(true);
    expect(dealMoneyAllows('write', seller, org, access, owner, open)).toBe(false);
    expect(dealMoneyAllows('write', userIdentity(org, ['SELLER'], owner), org, access, owner, open)).toBe(true);
  });
});
