import { createCrmHarness, firstError, type CrmHarness, type TestOrg } from '../testing/crm-harness';
import { CREATE_CLIENT, CREATE_DEAL, newPerson } from '../testing/operations';
import { searchPatterns } from './clients.service';

const SEARCH = 'query($q: String, $after: String) { clients(first: 2, search: $q, after: $after) { edges { node { displayName } } pageInfo { hasNextPage endCursor } } }';

describe('clients: search and merge', () => {
  let h: CrmHarness;
  let org: TestOrg;

  const search = async (q: string, after?: string) =>
    (await h.ok<{ clients: { edges: { node: { displayName: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(SEARCH, org.seller, { q, after })).clients;
  const names = async (q: string) => (await search(q)).edges.map((e) => e.node.displayName);

  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
    await h.ok(CREATE_CLIENT, org.seller, { input: { client: newPerson({ firstName: 'Ольга', lastName: 'Иванова', phones: ['+7 (495) 111-22-33'], emails: ['olga@firm.ru'] }) } });
    await h.ok(CREATE_CLIENT, org.seller, { input: { client: { kind: 'COMPANY', companyName: 'ООО «Вектор»', inn: '7702000001', phones: [], emails: ['info@vektor.ru'] } } });
    await h.ok(CREATE_CLIENT, org.seller, { input: { client: newPerson({ firstName: 'Пётр', lastName: 'Векторов', phones: ['89161112233'], emails: [] }) } });
    const other = await h.createOrg();
    await h.ok(CREATE_CLIENT, other.seller, { input: { client: newPerson({ firstName: 'Чужой', lastName: 'Векторов' }) } });
  });
  afterAll(() => h?.close());

  it('finds clients by part of the name, phone in any spelling, e-mail or INN, within the organisation only', async () => {
    expect(await names('вектор')).toEqual(['Векторов Пётр', 'ООО «Вектор»']);
    expect(await names('8 (495) 111-22')).toEqual(['Иванова Ольга']);
    expect(await names('OLGA@firm')).toEqual(['Иванова Ольга']);
    expect(await names('7702000001')).toEqual(['ООО «Вектор»']);
    expect(await names('100%')).toEqual([]);
  });

  it('pages through clients by name with a cursor', async () => {
    const first = await search('');
    expect(first.edges.map((e) => e.node.displayName)).toEqual(['Векторов Пётр', 'Иванова Ольга']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search('', first.pageInfo.endCursor);
    expect(second.edges.map((e) => e.node.displayName)).toEqual(['ООО «Вектор»']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('merges a duplicate into the original: deals move, contacts are kept, the source is gone from search', async () => {
    const original = await h.ok<{ createDeal: { deal: { id: string; client: { id: string } } } }>(CREATE_DEAL, org.seller, {
      input: { title: 'Первая', newClient: newPerson({ firstName: 'Мария', lastName: 'Кузнецова', phones: ['+7 900 123 00 00'], emails: ['m@k.ru'] }) },
    });
    const duplicate = await h.ok<{ createDeal: { deal: { id: string; client: { id: string } }; duplicates: { client: { id: string } }[] } }>(CREATE_DEAL, org.seller, {
      input: { title: 'Вторая', newClient: newPerson({ firstName: 'Мария', lastName: 'Кузнецова', phones: ['8 900 123 00 00', '+7 901 000 00 01'], emails: [] }) },
    });
    expect(duplicate.createDeal.duplicates.map((d) => d.client.id)).toEqual([original.createDeal.deal.client.id]);
    const MERGE = 'mutation($input: MergeClientsInput!) { mergeClients(input: $input) { client { id phones emails version deals { edges { node { id } } } } movedDeals { id } } }';
    const input = { sourceId: duplicate.createDeal.deal.client.id, sourceVersion: 1, targetId: original.createDeal.deal.client.id, targetVersion: 1 };
    const merged = await h.ok<{ mergeClients: { client: { phones: string[]; emails: string[]; deals: { edges: { node: { id: string } }[] } }; movedDeals: { id: string }[] } }>(MERGE, org.seller, { input });
    expect(merged.mergeClients.movedDeals).toEqual([{ id: duplicate.createDeal.deal.id }]);
    // `8 900 123 00 00` on the duplicate is the same number as the original's `+7 900 123 00 00`: kept once.
    expect(merged.mergeClients.client.phones).toEqual(['+7 900 123 00 00', '+7 901 000 00 01']);
    expect(merged.mergeClients.client.emails).toEqual(['m@k.ru']);
    expect(merged.mergeClients.client.deals.edges.map((e) => e.node.id).sort()).toEqual([original.createDeal.deal.id, duplicate.createDeal.deal.id].sort());
    expect(await names('кузнецова')).toEqual(['Кузнецова Мария']);
    const [event] = await h.published('crm.client.merged');
    expect(event?.data).toEqual({ organizationId: org.orgId, sourceClientId: input.sourceId, targetClientId: input.targetId, movedDealIds: [duplicate.createDeal.deal.id] });
    // Merging again (a replay of the same request) finds the source gone.
    expect(firstError(await h.run(MERGE, { identity: org.seller, variables: { input } }))?.code).toBe('NOT_FOUND');
  });
});

describe('searchPatterns', () => {
  it('reads a leading 8 both as the trunk prefix and as a digit of a fragment', () => {
    expect(searchPatterns('890-78-93')).toEqual(['%8907893%', '%7907893%']);
    expect(searchPatterns('8 (916) 123-45-67')).toEqual(['%89161234567%', '%79161234567%']);
  });

  it('keeps +7 and other digits as typed, and text as lower-case with LIKE wildcards escaped', () => {
    expect(searchPatterns('+7 916 123')).toEqual(['%7916123%']);
    expect(searchPatterns('916-12')).toEqual(['%91612%']);
    expect(searchPatterns(' Иван_100% ')).toEqual(['%иван\\_100\\%%']);
  });
});
