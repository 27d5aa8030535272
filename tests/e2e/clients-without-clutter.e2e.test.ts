import { startTestSystem, type TestSystem } from './support/test-system';

// Issue 10, "Clients without clutter" and renewals: the duplicate check before saving, phones in one
// form, deleting a client entered by mistake, and one open renewal deal per policy.

const CREATE_CLIENT = 'mutation($input: CreateClientInput!) { createClient(input: $input) { client { id version phones phonesE164 } duplicates { client { id } matchedOn } } }';
const DUPLICATES = 'query($input: ClientDuplicateCheckInput!) { clientDuplicates(input: $input) { client { id } matchedOn } }';
const DELETE_CLIENT = 'mutation($input: DeleteClientInput!) { deleteClient(input: $input) { deletedClientId } }';

interface Client {
  id: string;
  version: number;
  phones: string[];
  phonesE164: string[];
}

describe('clients without clutter, through the router', () => {
  let system: TestSystem;
  let seller: string;
  let admin: string;

  const call = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const result = await system.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const createClient = async (client: Record<string, unknown>) =>
    (await call<{ createClient: { client: Client; duplicates: { client: { id: string }; matchedOn: string[] }[] } }>(CREATE_CLIENT, { input: { client } }, seller)).createClient;

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    admin = await system.login('admin@demo.local');
  });
  afterAll(() => system?.stop());

  it('stores one number however it was typed (E.164) and shows it formatted', async () => {
    const created = await createClient({ kind: 'PERSON', lastName: 'Телефонов', phones: ['8 916 321-54-76', '+7 (916) 321-54-76', '8-916-321-54-76'] });
    expect(created.client.phonesE164).toEqual(['+79163215476']);
    expect(created.client.phones).toEqual(['+7 916 321 54 76']);
  });

  it('refuses a "phone" with no digits, naming the field, and saves nothing', async () => {
    const refused = await system.graphql(CREATE_CLIENT, { input: { client: { kind: 'PERSON', lastName: 'Безномеров', phones: ['+7 916 000-00-01', 'звонить в офис'] } } }, seller);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.client.phones.1', reason: 'crm.phone' });
    const found = await call<{ clients: { edges: unknown[] } }>('query { clients(search: "Безномеров") { edges { node { id } } } }', {}, seller);
    expect(found.clients.edges).toEqual([]);
  });

  it('finds likely duplicates before anything is saved, with what matched; createClient still warns', async () => {
    const first = await createClient({ kind: 'COMPANY', companyName: 'ООО Дубль', phones: ['+7 495 700-10-20'], emails: ['Office@Dubl.ru'], inn: '7701234567' });
    const check = await call<{ clientDuplicates: { client: { id: string }; matchedOn: string[] }[] }>(
      DUPLICATES,
      { input: { phones: ['8 (495) 700 10 20'], emails: ['office@dubl.ru'], inn: '7701234567' } },
      seller,
    );
    expect(check.clientDuplicates).toEqual([{ client: { id: first.client.id }, matchedOn: ['PHONE', 'EMAIL', 'INN'] }]);
    const excluded = await call<{ clientDuplicates: unknown[] }>(DUPLICATES, { input: { inn: '7701234567', excludeClientId: first.client.id } }, seller);
    expect(excluded.clientDuplicates).toEqual([]);
    const nothingToCheck = await system.graphql(DUPLICATES, { input: {} }, seller);
    expect(nothingToCheck.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phones' });

    const second = await createClient({ kind: 'COMPANY', companyName: 'Дубль (филиал)', phones: ['84957001020'] });
    expect(second.duplicates).toEqual([{ client: { id: first.client.id }, matchedOn: ['PHONE'] }]);
  });

  it('lets an admin delete a client without deals; one with deals is a CONFLICT that says to merge', async () => {
    const mistake = await createClient({ kind: 'PERSON', lastName: 'Ошибочный' });
    const bySeller = await system.graphql(DELETE_CLIENT, { input: { id: mistake.client.id, version: mistake.client.version } }, seller);
    expect(bySeller.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const deal = await call<{ createDeal: { deal: { client: { id: string; version: number } } } }>(
      'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { client { id version } } } }',
      { input: { title: 'Сделка клиента', newClient: { kind: 'PERSON', lastName: 'Сделочный' } } },
      seller,
    );
    const withDeals = await system.graphql(DELETE_CLIENT, { input: deal.createDeal.deal.client }, admin);
    expect(withDeals.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'crm.clientHasDeals', field: 'input.id' });
    expect(withDeals.errors?.[0]?.message).toContain('mergeClients');

    const deleted = await call<{ deleteClient: { deletedClientId: string } }>(DELETE_CLIENT, { input: { id: mistake.client.id, version: mistake.client.version } }, admin);
    expect(deleted.deleteClient.deletedClientId).toBe(mistake.client.id);
    const gone = await call<{ client: unknown }>('query($id: ID!) { client(id: $id) { id } }', { id: mistake.client.id }, admin);
    expect(gone.client).toBeNull();
  });

  it('refuses a second open renewal deal of a policy unless forced, naming the open one; the policy shows it', async () => {
    const { insurers } = await call<{ insurers: { id: string; products: { id: string }[] }[] }>('{ insurers { id products { id } } }', {}, seller);
    const insurer = insurers.find((i) => i.products.length > 0)!;
    const created = await call<{ createDeal: { deal: { id: string } } }>(
      'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }',
      { input: { title: 'Продлеваемая', newClient: { kind: 'PERSON', lastName: 'Продлёнов' } } },
      seller,
    );
    const policy = await call<{ createPolicy: { policy: { id: string } } }>(
      'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } } }',
      {
        input: {
          dealId: created.createDeal.deal.id,
          number: 'REN-1',
          insurerId: insurer.id,
          productId: insurer.products[0]!.id,
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          premium: { amount: '1000.00', currency: 'RUB' },
          commissionRate: '0.1',
        },
      },
      seller,
    );
    const RENEW = 'mutation($input: RenewPolicyInput!) { renewPolicy(input: $input) { deal { id } } }';
    const POLICY = 'query($id: ID!) { policy(id: $id) { renewalDeal { id } } }';
    const policyId = policy.createPolicy.policy.id;
    expect((await call<{ policy: { renewalDeal: unknown } }>(POLICY, { id: policyId }, seller)).policy.renewalDeal).toBeNull();

    const renewal = (await call<{ renewPolicy: { deal: { id: string } } }>(RENEW, { input: { policyId } }, seller)).renewPolicy.deal;
    expect((await call<{ policy: { renewalDeal: unknown } }>(POLICY, { id: policyId }, seller)).policy.renewalDeal).toEqual({ id: renewal.id });

    const again = await system.graphql(RENEW, { input: { policyId } }, seller);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'crm.renewalDealOpen', params: { dealId: renewal.id }, field: 'input.policyId' });
    expect(again.errors?.[0]?.message).toContain(renewal.id);

    const forced = (await call<{ renewPolicy: { deal: { id: string } } }>(RENEW, { input: { policyId, force: true } }, seller)).renewPolicy.deal;
    expect(forced.id).not.toBe(renewal.id);
    expect((await call<{ policy: { renewalDeal: unknown } }>(POLICY, { id: policyId }, seller)).policy.renewalDeal).toEqual({ id: forced.id });
  });
});
