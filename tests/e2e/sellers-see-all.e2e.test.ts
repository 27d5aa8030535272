import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// CRM's `sellersSeeAllDeals` reaches Tasks and Payments through `crm.settings.changed` (ADRs 0008,
// 0009): with it on, a seller sees a colleague's deal in CRM and its tasks and money too.

const DEAL = `query($id: ID!) {
  deal(id: $id) {
    id
    title
    tasks(first: 10) { edges { node { title } } }
    moneySummary { premiumPlanned { amount } }
    policies { id schedule { policyId } }
  }
}`;
const TASK = 'query($id: ID!) { task(id: $id) { title } }';
const SCHEDULE = 'query($id: ID!) { policySchedule(policyId: $id) { policyId } }';
const SETTINGS = '{ crmSettings { version sellersSeeAllDeals } }';
const UPDATE_SETTINGS = 'mutation($input: UpdateCrmSettingsInput!) { updateCrmSettings(input: $input) { settings { version sellersSeeAllDeals } } }';

interface DealView {
  id: string;
  title: string;
  tasks: { edges: { node: { title: string } }[] };
  moneySummary: { premiumPlanned: { amount: string } };
  policies: { id: string; schedule: { policyId: string } | null }[];
}

const rub = (amount: string) => ({ amount, currency: 'RUB' });

describe('sellersSeeAllDeals through the router', () => {
  let system: TestSystem;
  let admin: string;
  let seller: string;
  let dealId: string;
  let taskId: string;
  let policyId: string;

  const call = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const result = await system.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const setSellersSeeAll = async (on: boolean) => {
    const { crmSettings } = await call<{ crmSettings: { version: number } }>(SETTINGS, {}, admin);
    const updated = await call<{ updateCrmSettings: { settings: { sellersSeeAllDeals: boolean } } }>(UPDATE_SETTINGS, { input: { version: crmSettings.version, sellersSeeAllDeals: on } }, admin);
    expect(updated.updateCrmSettings.settings.sellersSeeAllDeals).toBe(on);
  };
  const sellerSees = async () => ({
    task: (await call<{ task: { title: string } | null }>(TASK, { id: taskId }, seller)).task,
    schedule: (await call<{ policySchedule: { policyId: string } | null }>(SCHEDULE, { id: policyId }, seller)).policySchedule,
  });

  beforeAll(async () => {
    system = await startTestSystem();
    admin = await system.login('admin@demo.local');
    seller = await system.login('seller@demo.local');
    const created = await call<{ createDeal: { deal: { id: string } } }>(
      'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }',
      { input: { title: 'Сделка администратора', newClient: { kind: 'PERSON', firstName: 'Анна', lastName: 'Админова', phones: ['+7 916 000-33-44'] } } },
      admin,
    );
    dealId = created.createDeal.deal.id;
    const task = await call<{ createTask: { task: { id: string } } }>(
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }',
      { input: { kind: 'OTHER', title: 'Позвонить клиенту', dealId } },
      admin,
    );
    taskId = task.createTask.task.id;
    const { insurers } = await call<{ insurers: { id: string; products: { id: string }[] }[] }>('{ insurers { id products { id } } }', {}, admin);
    const insurer = insurers.find((i) => i.products.length > 0)!;
    const policy = await call<{ createPolicy: { policy: { id: string } } }>(
      'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } } }',
      {
        input: {
          dealId,
          number: 'SEE-ALL-1',
          insurerId: insurer.id,
          productId: insurer.products[0]!.id,
          startDate: '2031-01-01',
          endDate: '2031-12-31',
          premium: rub('60000.00'),
          instalments: [{ dueDate: '2031-01-15', amount: rub('60000.00') }],
          commissionRate: '0.1',
        },
      },
      admin,
    );
    policyId = policy.createPolicy.policy.id;
    // The schedule exists in Payments before anything is asked of it on the seller's behalf.
    await eventually(async () => expect((await call<{ policySchedule: unknown }>(SCHEDULE, { id: policyId }, admin)).policySchedule).not.toBeNull());
  });
  afterAll(() => system?.stop());

  it('by default the seller sees neither the admin’s deal nor its tasks and money', async () => {
    expect((await call<{ deal: DealView | null }>(DEAL, { id: dealId }, seller)).deal).toBeNull();
    expect(await sellerSees()).toEqual({ task: null, schedule: null });
  });

  it('with the setting on, the seller sees the deal in CRM, its tasks and its money summary', async () => {
    await setSellersSeeAll(true);
    // CRM answers at once; Tasks and Payments follow when crm.settings.changed reaches them.
    const deal = await eventually(async () => {
      const result = await system.graphql<{ deal: DealView | null }>(DEAL, { id: dealId }, seller);
      expect(result.errors).toBeUndefined();
      expect(result.data?.deal?.tasks.edges.map((e) => e.node.title)).toEqual(['Позвонить клиенту']);
      expect(result.data?.deal?.policies[0]?.schedule).toEqual({ policyId });
      return result.data!.deal!;
    });
    expect(deal).toMatchObject({ id: dealId, title: 'Сделка администратора', moneySummary: { premiumPlanned: { amount: '60000.00' } } });
    expect(await sellerSees()).toEqual({ task: { title: 'Позвонить клиенту' }, schedule: { policyId } });
  });

  it('turned off again, the deal, its tasks and its money are hidden again', async () => {
    await setSellersSeeAll(false);
    expect((await call<{ deal: DealView | null }>(DEAL, { id: dealId }, seller)).deal).toBeNull();
    await eventually(async () => expect(await sellerSees()).toEqual({ task: null, schedule: null }));
  });
});
