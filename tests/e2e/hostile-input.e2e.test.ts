import { startTestSystem, type TestSystem } from './support/test-system';

// Issue 8, items 8–9: malformed values are the client's mistake (BAD_USER_INPUT naming the field or
// variable), refused before planning or any SQL, and no answer carries SQL text or an internal URL.

const CREATE_DEAL = 'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }';
const newDeal = (overrides: Record<string, unknown> = {}, client: Record<string, unknown> = {}) => ({
  input: { title: 'КАСКО', newClient: { kind: 'PERSON', lastName: 'Иванов', ...client }, ...overrides },
});
const LEAKS = /Failed query|select |insert into|params:|https?:\/\/|\bat .*\.ts:\d+/i;

describe('hostile input through the router', () => {
  let system: TestSystem;
  let seller: string;

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
  });
  afterAll(() => system?.stop());

  const refused = async (query: string, variables: Record<string, unknown>) => {
    const result = await system.graphql(query, variables, seller);
    expect(JSON.stringify(result)).not.toMatch(LEAKS);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    return result.errors![0]!;
  };

  it.each([
    ['a Decimal with a space and a comma', { expectedPremium: { amount: '12 345,67', currency: 'RUB' } }],
    ['a Decimal sent as a JSON number', { expectedPremium: { amount: 12.5, currency: 'RUB' } }],
    ['an unknown currency', { expectedPremium: { amount: '10.00', currency: 'XX' } }],
  ])('refuses %s as BAD_USER_INPUT naming the variable', async (_label, overrides) => {
    const error = await refused(CREATE_DEAL, newDeal(overrides));
    expect(error.message).toMatch(/\$input.*input\.expectedPremium/);
  });

  it.each([
    ['a Decimal with a space and a comma', 'expectedPremium: { amount: "12 345,67", currency: "RUB" }', 'input.expectedPremium.amount'],
    ['a date that does not exist', 'newClient: { kind: PERSON, lastName: "Иванов", birthDate: "2027-02-30" }', 'input.newClient.birthDate'],
  ])('refuses %s written into the query text as BAD_USER_INPUT naming the argument', async (_label, fields, field) => {
    const client = fields.startsWith('newClient') ? '' : ', newClient: { kind: PERSON, lastName: "Иванов" }';
    const error = await refused(`mutation { createDeal(input: { title: "КАСКО"${client}, ${fields} }) { deal { id } } }`, {});
    expect(error.extensions?.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it.each(['2027-02-30', '99999-01-01', '0000-01-01', '1899-12-31', '2201-01-01'])('refuses the date %s naming the field', async (birthDate) => {
    const error = await refused(CREATE_DEAL, newDeal({}, { birthDate }));
    expect(error.message).toMatch(/input\.newClient\.birthDate/);
  });

  it('refuses a NUL character in any text input, naming the field', async () => {
    const error = await refused(CREATE_DEAL, newDeal({ title: 'КА\u0000СКО' }));
    expect(error.extensions?.field).toBe('$input.title');
    const search = await refused('query($s: String) { clients(search: $s) { edges { node { id } } } }', { s: '\u0000' });
    expect(search.extensions?.field).toBe('$s');
  });

  const cursor = (key: unknown) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

  it.each([
    ['deals', 'query($a: String) { deals(first: 2, after: $a) { edges { node { id } } } }', cursor(['zzz', 'not-an-id'])],
    ['deals by title', 'query($a: String) { deals(first: 2, after: $a, sort: { field: TITLE }) { edges { node { id } } } }', cursor(['a\u0000', '00000000-0000-4000-8000-000000000000'])],
    ['deals by review date', 'query($a: String) { deals(first: 2, after: $a, sort: { field: REVIEW_DATE }) { edges { node { id } } } }', cursor(['0000-01-01', '00000000-0000-4000-8000-000000000000'])],
    ['clients', 'query($a: String) { clients(first: 2, after: $a) { edges { node { id } } } }', cursor(['x'])],
    ['tasks', 'query($a: String) { me { assignedTasks(first: 2, after: $a) { edges { node { id } } } } }', cursor(['2025-01-01', 'yesterday', 'x'])],
    ['anything', 'query($a: String) { deals(first: 2, after: $a) { edges { node { id } } } }', 'not base64 at all!'],
  ])('refuses a crafted %s cursor as BAD_USER_INPUT on `after`', async (_list, query, after) => {
    const result = await system.graphql(query, { a: after }, seller);
    expect(JSON.stringify(result)).not.toMatch(LEAKS);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('still follows the cursors it issued', async () => {
    for (const title of ['Первая', 'Вторая', 'Третья']) await system.graphql(CREATE_DEAL, newDeal({ title }), seller);
    const page = 'query($a: String) { deals(first: 2, after: $a, sort: { field: TITLE }) { edges { node { title } } pageInfo { endCursor hasNextPage } } }';
    const first = await system.graphql<{ deals: { pageInfo: { endCursor: string } } }>(page, {}, seller);
    const second = await system.graphql(page, { a: first.data!.deals.pageInfo.endCursor }, seller);
    expect(second.errors).toBeUndefined();
  });
});
