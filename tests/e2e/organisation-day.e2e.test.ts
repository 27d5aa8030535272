import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// ADR 0046: an organisation's "today" is its calendar day in its time zone (CRM setting, default
// Moscow), for CRM's "to review" list, Tasks' due windows and Payments' overdue instalments alike.
// The clock stands at 00:30 in Moscow on 5 March, still 4 March in UTC: the hours the old UTC day got wrong.

const MOSCOW_00_30 = new Date('2027-03-04T21:30:00Z');

const SETTINGS = '{ crmSettings { version timeZone today renewalLeadDays } }';
const UPDATE_SETTINGS = 'mutation($input: UpdateCrmSettingsInput!) { updateCrmSettings(input: $input) { settings { version timeZone today renewalLeadDays } } }';
const TO_REVIEW = '{ deals(filter: { reviewDue: true }) { edges { node { id reviewDate } } } }';
const DUE_TASKS = 'query($due: TaskDue!) { myTasks(relation: CREATED_BY_ME, filter: { due: $due }) { edges { node { title dueDate } } } }';
const DEAL = 'query($id: ID!) { deal(id: $id) { version reviewDate policies { schedule { instalments { dueDate status } } } } }';

interface Settings {
  version: number;
  timeZone: string;
  today: string;
  renewalLeadDays: number;
}
interface DealView {
  version: number;
  reviewDate: string | null;
  policies: { schedule: { instalments: { dueDate: string; status: string }[] } | null }[];
}

const rub = (amount: string) => ({ amount, currency: 'RUB' });

describe("the organisation's day through the router", () => {
  let system: TestSystem;
  let admin: string;
  let seller: string;
  const dealIds: Record<'manual' | 'overdue' | 'renewal', string> = { manual: '', overdue: '', renewal: '' };

  const call = async <T>(query: string, variables: Record<string, unknown>, token = seller): Promise<T> => {
    const result = await system.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const settings = async () => (await call<{ crmSettings: Settings }>(SETTINGS, {}, admin)).crmSettings;
  const updateSettings = async (input: Record<string, unknown>) =>
    (await call<{ updateCrmSettings: { settings: Settings } }>(UPDATE_SETTINGS, { input: { version: (await settings()).version, ...input } }, admin)).updateCrmSettings.settings;
  const readDeal = async (id: string) => (await call<{ deal: DealView }>(DEAL, { id })).deal;
  const toReview = async () => (await call<{ deals: { edges: { node: { id: string } }[] } }>(TO_REVIEW, {})).deals.edges.map((e) => e.node.id);
  const dueTasks = async (due: string) => (await call<{ myTasks: { edges: { node: { title: string } }[] } }>(DUE_TASKS, { due })).myTasks.edges.map((e) => e.node.title);
  const createDeal = async (title: string, phone: string) =>
    (
      await call<{ createDeal: { deal: { id: string } } }>('mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }', {
        input: { title, newClient: { kind: 'PERSON', firstName: 'Ольга', lastName: title, phones: [phone] } },
      })
    ).createDeal.deal.id;
  const createPolicy = async (dealId: string, number: string, endDate: string, dueDates: string[]) => {
    const { insurers } = await call<{ insurers: { id: string; products: { id: string }[] }[] }>('{ insurers { id products { id } } }', {});
    const insurer = insurers.find((i) => i.products.length > 0)!;
    await call('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } } }', {
      input: {
        dealId,
        number,
        insurerId: insurer.id,
        productId: insurer.products[0]!.id,
        startDate: '2027-03-01',
        endDate,
        premium: rub(`${dueDates.length * 10000}.00`),
        instalments: dueDates.map((dueDate) => ({ dueDate, amount: rub('10000.00') })),
        commissionRate: '0.10',
      },
    });
  };

  beforeAll(async () => {
    system = await startTestSystem({ clock: () => MOSCOW_00_30, paymentsConfig: { overdueJobEveryMs: 200 } });
    admin = await system.login('admin@demo.local');
    seller = await system.login('seller@demo.local');
    dealIds.manual = await createDeal('Ранний', '+7 916 000-46-01');
    dealIds.overdue = await createDeal('Просроченный', '+7 916 000-46-02');
    dealIds.renewal = await createDeal('Продление', '+7 916 000-46-03');
  });
  afterAll(() => system?.stop());

  it('an organisation works in Europe/Moscow until an admin says otherwise; a name that is no IANA zone is refused, nothing written', async () => {
    const before = await settings();
    expect(before).toMatchObject({ timeZone: 'Europe/Moscow', today: '2027-03-05' });
    const refused = await system.graphql(UPDATE_SETTINGS, { input: { version: before.version, timeZone: 'Moscow' } }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
    expect(await settings()).toEqual(before);
  });

  it('between 00:00 and 03:00 in Moscow a deal due for review today is in the "to review" list', async () => {
    const { version } = await readDeal(dealIds.manual);
    await call('mutation($input: SetDealReviewDateInput!) { setDealReviewDate(input: $input) { deal { reviewDate } } }', {
      input: { id: dealIds.manual, version, reviewDate: '2027-03-05', reason: 'Перезвонить утром' },
    });
    expect(await toReview()).toContain(dealIds.manual);
  });

  it("Tasks' due windows and Payments' overdue instalments follow the same day", async () => {
    for (const [title, dueDate] of [['сегодня', '2027-03-05'], ['вчера', '2027-03-04']]) {
      await call('mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }', { input: { kind: 'OTHER', title, dueDate } });
    }
    expect(await dueTasks('TODAY')).toEqual(['сегодня']);
    expect(await dueTasks('OVERDUE')).toEqual(['вчера']);

    await createPolicy(dealIds.overdue, 'DAY-E2E-1', '2028-02-28', ['2027-03-04', '2027-03-05']);
    await eventually(async () => {
      const instalments = (await readDeal(dealIds.overdue)).policies[0]?.schedule?.instalments.map((i) => [i.dueDate, i.status]);
      expect(instalments).toEqual([
        ['2027-03-04', 'OVERDUE'],
        ['2027-03-05', 'PLANNED'],
      ]);
    });
  });

  it('another zone moves "today" for every subgraph', async () => {
    expect(await updateSettings({ timeZone: 'UTC' })).toMatchObject({ timeZone: 'UTC', today: '2027-03-04' });
    expect(await toReview()).not.toContain(dealIds.manual);
    // Tasks hears of the zone through crm.settings.changed.
    await eventually(async () => expect(await dueTasks('TODAY')).toEqual(['вчера']));
    expect(await dueTasks('OVERDUE')).toEqual([]);
    await updateSettings({ timeZone: 'Europe/Moscow' });
    await eventually(async () => expect(await dueTasks('TODAY')).toEqual(['сегодня']));
  });

  it('changing renewalLeadDays recomputes the review dates of the deals it bears on, without touching them', async () => {
    await createPolicy(dealIds.renewal, 'DAY-E2E-2', '2027-06-01', ['2027-05-30']);
    expect((await readDeal(dealIds.renewal)).reviewDate).toBe('2027-05-02'); // 30 days before the end
    const { version } = await readDeal(dealIds.renewal);

    await updateSettings({ renewalLeadDays: 10 });
    await eventually(async () => expect((await readDeal(dealIds.renewal)).reviewDate).toBe('2027-05-22'));
    expect((await readDeal(dealIds.renewal)).version).toBe(version);
    // A date set by hand stays as it is.
    expect((await readDeal(dealIds.manual)).reviewDate).toBe('2027-03-05');
  });
});
