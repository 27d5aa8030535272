import { createCrmHarness, firstError, type CrmHarness, type TestOrg } from '../testing/crm-harness';
import { ADD_CALCULATION, CREATE_DEAL, CREATE_POLICY, newPerson } from '../testing/operations';

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Deal { id title } ... on Policy { id number } ... on Client { id } } }`;
const DEAL = 'query($id: ID!) { deal(id: $id) { id } }';
const DEALS = '{ deals(first: 50) { totalCount edges { node { id } } } }';

describe('deal access', () => {
  let h: CrmHarness;
  let org: TestOrg;
  let other: TestOrg;
  let dealId: string;
  let clientId: string;
  let policyId: string;

  const ids = async (identity: TestOrg['seller']) =>
    (await h.ok<{ deals: { totalCount: number; edges: { node: { id: string } }[] } }>(DEALS, identity)).deals.edges.map((e) => e.node.id);

  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
    other = await h.createOrg();
    const created = await h.ok<{ createDeal: { deal: { id: string; client: { id: string } } } }>(CREATE_DEAL, org.seller, { input: { title: 'Секретная', newClient: newPerson() } });
    dealId = created.createDeal.deal.id;
    clientId = created.createDeal.deal.client.id;
    const ref = await h.reference(org.orgId);
    await h.ok(ADD_CALCULATION, org.seller, { input: { dealId, insurerId: ref.insurerId, productId: ref.productId, premium: { amount: '10', currency: 'RUB' } } });
    const policy = await h.ok<{ createPolicy: { policy: { id: string } } }>(CREATE_POLICY, org.seller, {
      input: { dealId, insurerId: ref.insurerId, productId: ref.productId, number: 'A-1', startDate: '2027-01-01', endDate: '2028-01-01', premium: { amount: '10', currency: 'RUB' }, commissionRate: '0.1' },
    });
    policyId = policy.createPolicy.policy.id;
  });
  afterAll(() => h?.close());

  it('the owner and the admin see the deal; another seller and a non-participant executor do not', async () => {
    expect(await ids(org.seller)).toEqual([dealId]);
    expect(await ids(org.admin)).toEqual([dealId]);
    expect(await ids(org.otherSeller)).toEqual([]);
    expect(await ids(org.executor)).toEqual([]);
    expect((await h.ok<{ deal: unknown }>(DEAL, org.otherSeller, { id: dealId })).deal).toBeNull();
    const write = await h.run('mutation($input: AddJournalEntryInput!) { addJournalEntry(input: $input) { entry { id } } }', {
      identity: org.executor,
      variables: { input: { dealId, kind: 'NOTE', text: 'hi' } },
    });
    expect(firstError(write)).toMatchObject({ code: 'NOT_FOUND', field: 'input.dealId' });
  });

  it('a participant executor sees it; removing them hides it again', async () => {
    const participant = 'mutation($input: DealParticipantInput!) { p: MUTATION(input: $input) { deal { participants { id } } } }';
    await h.ok(participant.replace('MUTATION', 'addDealParticipant'), org.seller, { input: { dealId, userId: org.executor.userId } });
    expect(await ids(org.executor)).toEqual([dealId]);
    await h.ok(participant.replace('MUTATION', 'removeDealParticipant'), org.seller, { input: { dealId, userId: org.executor.userId } });
    expect(await ids(org.executor)).toEqual([]);
  });

  it('sellers see every deal when the organisation allows it, executors still do not', async () => {
    const settings = await h.ok<{ updateCrmSettings: { settings: { version: number } } }>(
      'mutation($input: UpdateCrmSettingsInput!) { updateCrmSettings(input: $input) { settings { version sellersSeeAllDeals } } }',
      org.admin,
      { input: { version: 1, sellersSeeAllDeals: true } },
    );
    expect(await ids(org.otherSeller)).toEqual([dealId]);
    expect(await ids(org.executor)).toEqual([]);
    await h.ok('mutation($input: UpdateCrmSettingsInput!) { updateCrmSettings(input: $input) { settings { version } } }', org.admin, {
      input: { version: settings.updateCrmSettings.settings.version, sellersSeeAllDeals: false },
    });
    expect(await ids(org.otherSeller)).toEqual([]);
  });

  it('_entities resolves a hidden deal or policy to null, for another seller and across organisations', async () => {
    const reps = [
      { __typename: 'Deal', id: dealId },
      { __typename: 'Policy', id: policyId },
      { __typename: 'Client', id: clientId },
    ];
    const own = await h.ok<{ _entities: unknown[] }>(ENTITIES, org.seller, { reps });
    expect(own._entities).toEqual([{ id: dealId, title: 'Секретная' }, { id: policyId, number: 'A-1' }, { id: clientId }]);
    expect((await h.ok<{ _entities: unknown[] }>(ENTITIES, org.otherSeller, { reps }))._entities).toEqual([null, null, { id: clientId }]);
    expect((await h.ok<{ _entities: unknown[] }>(ENTITIES, other.admin, { reps }))._entities).toEqual([null, null, null]);
  });

  it('another organisation cannot read or change anything by id', async () => {
    expect(await ids(other.admin)).toEqual([]);
    const client = await h.ok<{ client: unknown }>('query($id: ID!) { client(id: $id) { id } }', other.admin, { id: clientId });
    expect(client.client).toBeNull();
    const change = await h.run('mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id } } }', {
      identity: other.admin,
      variables: { input: { id: dealId, version: 1, title: 'Чужая' } },
    });
    expect(firstError(change)?.code).toBe('NOT_FOUND');
    const useClient = await h.run(CREATE_DEAL, { identity: other.seller, variables: { input: { title: 'x', clientId } } });
    expect(firstError(useClient)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientId' });
  });

  it('only admins edit the reference lists and settings; anonymous callers get nothing', async () => {
    const insurer = await h.run('mutation { createInsurer(input: { name: "Согаз" }) { insurer { id } } }', { identity: org.seller });
    expect(firstError(insurer)?.code).toBe('FORBIDDEN');
    const anonymous = await h.run(DEALS, { identity: null });
    expect(firstError(anonymous)?.code).toBe('UNAUTHENTICATED');
    const executorDeal = await h.run(CREATE_DEAL, { identity: org.executor, variables: { input: { title: 'x', clientId } } });
    expect(firstError(executorDeal)?.code).toBe('FORBIDDEN');
  });
});
