import { createCrmHarness, firstError, type CrmHarness, type TestOrg } from '../testing/crm-harness';
import { CREATE_DEAL, CREATE_POLICY, newPerson } from '../testing/operations';

const DEALS = `query($first: Int, $after: String, $filter: DealsFilter, $sort: DealSort) {
  deals(first: $first, after: $after, filter: $filter, sort: $sort) { totalCount edges { node { title } } pageInfo { hasNextPage endCursor } }
}`;

describe('deal lists', () => {
  let h: CrmHarness;
  let org: TestOrg;
  let tick = Date.parse('2027-01-01T10:00:00Z');

  type Page = { deals: { totalCount: number; edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  const titles = async (variables: Record<string, unknown>, identity = org.seller) => (await h.ok<Page>(DEALS, identity, variables)).deals.edges.map((e) => e.node.title);

  beforeAll(async () => {
    // Each change a millisecond later than the one before: the sort order is known.
    h = await createCrmHarness({ clock: () => new Date((tick += 1)) });
    org = await h.createOrg();
    const client = newPerson({ firstName: 'Семён', lastName: 'Орлов', phones: ['+7 912 000 11 22'], emails: [] });
    for (const title of ['Бета', 'Альфа', 'Гамма', 'Дельта']) await h.ok(CREATE_DEAL, org.seller, { input: { title, newClient: client } });
    await h.ok(CREATE_DEAL, org.otherSeller, { input: { title: 'Чужая', newClient: newPerson() } });
  });
  afterAll(() => h?.close());

  it('sorts, pages with cursors and counts', async () => {
    expect(await titles({})).toEqual(['Дельта', 'Гамма', 'Альфа', 'Бета']);
    expect(await titles({ sort: { field: 'TITLE', direction: 'ASC' } })).toEqual(['Альфа', 'Бета', 'Гамма', 'Дельта']);
    const first = await h.ok<Page>(DEALS, org.seller, { first: 3, sort: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(first.deals.edges.map((e) => e.node.title)).toEqual(['Бета', 'Альфа', 'Гамма']);
    expect(first.deals.totalCount).toBe(4);
    expect(await titles({ first: 3, after: first.deals.pageInfo.endCursor, sort: { field: 'CREATED_AT', direction: 'ASC' } })).toEqual(['Дельта']);
    expect(firstError(await h.run(DEALS, { identity: org.seller, variables: { after: 'garbage' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(firstError(await h.run(DEALS, { identity: org.seller, variables: { first: 1000 } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('filters by stage with counts per stage, by search and by "mine"', async () => {
    const [deal] = (await h.ok<{ deals: { edges: { node: { id: string; version: number } }[] } }>('{ deals(filter: { search: "гамм" }) { edges { node { id version } } } }', org.seller)).deals.edges;
    await h.ok('mutation($input: ChangeDealStageInput!) { changeDealStage(input: $input) { deal { id } } }', org.seller, { input: { id: deal!.node.id, version: deal!.node.version, stage: 'CALCULATION' } });
    expect(await titles({ filter: { stages: ['CALCULATION'] } })).toEqual(['Гамма']);
    const counts = await h.ok<{ dealStageCounts: { stage: string; count: number }[] }>('{ dealStageCounts { stage count } }', org.seller);
    expect(counts.dealStageCounts.filter((c) => c.count > 0)).toEqual([
      { stage: 'NEW', count: 3 },
      { stage: 'CALCULATION', count: 1 },
    ]);
    expect((await h.ok<{ dealStageCounts: { count: number }[] }>('{ dealStageCounts { count } }', org.admin)).dealStageCounts.reduce((a, c) => a + c.count, 0)).toBe(5);
    // The client's phone finds its deals too.
    expect((await titles({ filter: { search: '8 912 000 11' } })).sort()).toEqual(['Альфа', 'Бета', 'Гамма', 'Дельта']);
    expect(await titles({ filter: { mine: true } }, org.admin)).toEqual([]);
  });

  it('archived deals are hidden unless asked for', async () => {
    const [deal] = (await h.ok<{ deals: { edges: { node: { id: string; version: number } }[] } }>('{ deals(filter: { search: "дельта" }) { edges { node { id version } } } }', org.seller)).deals.edges;
    await h.ok('mutation($input: SetDealArchivedInput!) { setDealArchived(input: $input) { deal { archived } } }', org.seller, { input: { id: deal!.node.id, version: deal!.node.version, archived: true } });
    expect(await titles({})).not.toContain('Дельта');
    expect(await titles({ filter: { archived: true } })).toEqual(['Дельта']);
  });

  it('renewPolicy opens a linked deal carrying the client, insurer, object and terms', async () => {
    const ref = await h.reference(org.orgId);
    const [deal] = (await h.ok<{ deals: { edges: { node: { id: string } }[] } }>('{ deals(filter: { search: "альфа" }) { edges { node { id } } } }', org.seller)).deals.edges;
    const created = await h.ok<{ createPolicy: { policy: { id: string } } }>(CREATE_POLICY, org.seller, {
      input: { dealId: deal!.node.id, insurerId: ref.insurerId, productId: ref.productId, number: 'R-1', insuredObject: 'Склад, Тверь', startDate: '2027-02-01', endDate: '2028-01-31', premium: { amount: '5000', currency: 'RUB' }, commissionRate: '0.2' },
    });
    const renewed = await h.ok<{ renewPolicy: { deal: { title: string; client: { displayName: string }; renewalOf: { number: string }; expectedPremium: { amount: string }; calculations: { insurer: { id: string }; insuredObject: string; premium: { amount: string }; commissionRate: string; status: string }[] } } }>(
      `mutation($input: RenewPolicyInput!) { renewPolicy(input: $input) { deal {
        title client { displayName } renewalOf { number } expectedPremium { amount }
        calculations { insurer { id } insuredObject premium { amount } commissionRate status }
      } } }`,
      org.seller,
      { input: { policyId: created.createPolicy.policy.id } },
    );
    expect(renewed.renewPolicy.deal).toEqual({
      title: 'Продление: Альфа',
      client: { displayName: 'Орлов Семён' },
      renewalOf: { number: 'R-1' },
      expectedPremium: { amount: '5000.00' },
      calculations: [{ insurer: { id: ref.insurerId }, insuredObject: 'Склад, Тверь', premium: { amount: '5000.00' }, commissionRate: '0.2', status: 'DRAFT' }],
    });
  });
});
