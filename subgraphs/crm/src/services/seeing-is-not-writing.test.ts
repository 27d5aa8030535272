import { createCrmHarness, firstError, type CrmHarness, type TestOrg } from '../testing/crm-harness';
import { ADD_NOTE, CREATE_DEAL, CREATE_POLICY, newPerson } from '../testing/operations';

const DEAL = 'query($id: ID!) { deal(id: $id) { id title stage version participants { id } journal { edges { node { id } } } renewalOf { id number } } }';
const SETTINGS = 'mutation($input: UpdateCrmSettingsInput!) { updateCrmSettings(input: $input) { settings { version } } }';

/** ADR 0015: `sellersSeeAllDeals` lets a seller read every deal and change none but their own (issue 8, items 4 and 7). */
describe('seeing a deal is not writing it', () => {
  let h: CrmHarness;
  let org: TestOrg;
  let dealId: string;
  let policyId: string;

  const deal = async (identity: TestOrg['seller'], id = dealId) => (await h.ok<{ deal: Record<string, unknown> | null }>(DEAL, identity, { id })).deal;

  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
    dealId = (await h.ok<{ createDeal: { deal: { id: string } } }>(CREATE_DEAL, org.seller, { input: { title: 'Своя', newClient: newPerson() } })).createDeal.deal.id;
    const ref = await h.reference(org.orgId);
    policyId = (
      await h.ok<{ createPolicy: { policy: { id: string } } }>(CREATE_POLICY, org.seller, {
        input: { dealId, insurerId: ref.insurerId, productId: ref.productId, number: 'R-1', startDate: '2027-01-01', endDate: '2028-01-01', premium: { amount: '10', currency: 'RUB' }, commissionRate: '0.1' },
      })
    ).createPolicy.policy.id;
    await h.ok(SETTINGS, org.admin, { input: { version: 1, sellersSeeAllDeals: true } });
  });
  afterAll(() => h?.close());

  it('another seller reads the deal but every change is FORBIDDEN and writes nothing', async () => {
    const before = await deal(org.otherSeller);
    expect(before).toMatchObject({ id: dealId, title: 'Своя' });
    const version = before!.version as number;
    const attempts: [string, Record<string, unknown>, string][] = [
      ['mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id } } }', { id: dealId, version, title: 'Чужая' }, 'input.id'],
      ['mutation($input: ChangeDealStageInput!) { changeDealStage(input: $input) { deal { id } } }', { id: dealId, version, stage: 'CALCULATION' }, 'input.id'],
      [ADD_NOTE, { dealId, kind: 'NOTE', text: 'не моё' }, 'input.dealId'],
      ['mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }', { dealId, userId: org.otherSeller.userId }, 'input.dealId'],
      ['mutation($input: RenewPolicyInput!) { renewPolicy(input: $input) { deal { id } } }', { policyId }, 'input.policyId'],
    ];
    for (const [mutation, input, field] of attempts) {
      expect(firstError(await h.run(mutation, { identity: org.otherSeller, variables: { input } }))).toMatchObject({ code: 'FORBIDDEN', field });
    }
    expect(await deal(org.seller)).toEqual(before);
  });

  it('the owner and the admin still change it', async () => {
    const version = (await deal(org.seller))!.version as number;
    await h.ok('mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id } } }', org.seller, { input: { id: dealId, version, title: 'Своя (изм.)' } });
    await h.ok(ADD_NOTE, org.admin, { input: { dealId, kind: 'NOTE', text: 'от админа' } });
  });

  it('Deal.renewalOf is null for a reader of the renewal who may not read the old policy', async () => {
    const renewal = await h.ok<{ renewPolicy: { deal: { id: string } } }>('mutation($input: RenewPolicyInput!) { renewPolicy(input: $input) { deal { id } } }', org.seller, { input: { policyId } });
    const renewalId = renewal.renewPolicy.deal.id;
    const version = (await deal(org.admin, renewalId))!.version as number;
    await h.ok('mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id } } }', org.admin, { input: { id: renewalId, version, ownerId: org.otherSeller.userId } });
    await h.ok(SETTINGS, org.admin, { input: { version: 2, sellersSeeAllDeals: false } });
    expect(await deal(org.otherSeller, renewalId)).toMatchObject({ id: renewalId, renewalOf: null });
    expect(await deal(org.seller, dealId)).toMatchObject({ id: dealId });
    expect((await h.ok<{ policy: unknown }>('query($id: ID!) { policy(id: $id) { id } }', org.otherSeller, { id: policyId })).policy).toBeNull();
    // By number (the partners' read) the same rule: the owner finds it, another seller finds nothing.
    const byNumber = (caller: typeof org.seller) => h.ok<{ policiesByNumber: { id: string }[] }>('query($number: String!) { policiesByNumber(number: $number) { id } }', caller, { number: ' R-1 ' });
    expect((await byNumber(org.otherSeller)).policiesByNumber).toEqual([]);
    expect((await byNumber(org.seller)).policiesByNumber).toEqual([{ id: policyId }]);
    expect(await deal(org.admin, renewalId)).toMatchObject({ renewalOf: { id: policyId, number: 'R-1' } });
  });
});

/** ADR 0017: owners and participants are active users of the organisation (issue 8, item 6). */
describe('unknown or foreign user ids as owner or participant', () => {
  let h: CrmHarness;
  let org: TestOrg;
  let other: TestOrg;
  let dealId: string;

  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
    other = await h.createOrg();
    dealId = (await h.ok<{ createDeal: { deal: { id: string } } }>(CREATE_DEAL, org.seller, { input: { title: 'Своя', newClient: newPerson() } })).createDeal.deal.id;
  });
  afterAll(() => h?.close());

  const dealsCount = async () => (await h.published('crm.deal.created')).length;

  it.each([
    ['an unknown id', () => '00000000-0000-4000-8000-00000000dead'],
    ['a user of another organisation', () => other.seller.userId],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, userId) => {
    const before = await dealsCount();
    const create = await h.run(CREATE_DEAL, { identity: org.admin, variables: { input: { title: 'x', newClient: newPerson({ lastName: 'Другой' }), ownerId: userId() } } });
    expect(firstError(create)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerId' });
    expect(await dealsCount()).toBe(before);

    const { deal } = await h.ok<{ deal: { version: number } }>(DEAL, org.admin, { id: dealId });
    const update = await h.run('mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id } } }', { identity: org.admin, variables: { input: { id: dealId, version: deal.version, ownerId: userId() } } });
    expect(firstError(update)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerId' });

    const add = await h.run('mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }', { identity: org.seller, variables: { input: { dealId, userId: userId() } } });
    expect(firstError(add)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    expect(await h.ok<{ deal: unknown }>(DEAL, org.admin, { id: dealId })).toEqual({ deal: { ...deal, participants: [] } });
  });

  it('accepts a deactivated user nowhere, and an active member of the organisation everywhere', async () => {
    await h.crm.services.knownUsers.apply(h.db, { userId: org.executor.userId, organizationId: org.orgId, active: false, eventTime: new Date() });
    const add = await h.run('mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }', { identity: org.seller, variables: { input: { dealId, userId: org.executor.userId } } });
    expect(firstError(add)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    await h.ok('mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }', org.seller, { input: { dealId, userId: org.otherSeller.userId } });
  });
});
