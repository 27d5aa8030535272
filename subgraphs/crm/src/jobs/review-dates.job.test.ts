import { createCrmHarness, type CrmHarness, type TestOrg } from '../testing/crm-harness';
import { CREATE_DEAL, CREATE_POLICY, newPerson } from '../testing/operations';

const UPDATE_SETTINGS = 'mutation($input: UpdateCrmSettingsInput!) { updateCrmSettings(input: $input) { settings { version } } }';
const DEAL = 'query($id: ID!) { deal(id: $id) { version reviewDate reviewDateManual } }';

describe('the review-dates job (after renewalLeadDays or the time zone changes)', () => {
  let h: CrmHarness;
  let org: TestOrg;
  let automatic: string;
  let manual: string;
  let settingsVersion = 1;

  const deal = async (id: string) => (await h.ok<{ deal: { version: number; reviewDate: string; reviewDateManual: boolean } }>(DEAL, org.seller, { id })).deal;
  const updateSettings = async (input: Record<string, unknown>) => {
    settingsVersion = (await h.ok<{ updateCrmSettings: { settings: { version: number } } }>(UPDATE_SETTINGS, org.admin, { input: { version: settingsVersion, ...input } })).updateCrmSettings.settings.version;
  };
  const reviewDateEvents = async () =>
    (await h.published('crm.deal.updated')).filter((e) => (e.data as { changes?: Record<string, unknown> }).changes?.['reviewDate']).map((e) => e.data as { dealId: string });

  beforeAll(async () => {
    h = await createCrmHarness({ clock: () => new Date('2027-03-01T09:00:00Z') });
    org = await h.createOrg();
    const ref = await h.reference(org.orgId);
    const dealWithPolicy = async (title: string, number: string) => {
      const id = (await h.ok<{ createDeal: { deal: { id: string } } }>(CREATE_DEAL, org.seller, { input: { title, newClient: newPerson() } })).createDeal.deal.id;
      await h.ok(CREATE_POLICY, org.seller, {
        input: { dealId: id, insurerId: ref.insurerId, productId: ref.productId, number, startDate: '2027-01-01', endDate: '2028-01-01', premium: { amount: '10', currency: 'RUB' }, commissionRate: '0.1' },
      });
      return id;
    };
    automatic = await dealWithPolicy('Автоматическая дата', 'RD-1');
    manual = await dealWithPolicy('Дата вручную', 'RD-2');
    await h.ok('mutation($input: SetDealReviewDateInput!) { setDealReviewDate(input: $input) { deal { id } } }', org.seller, {
      input: { id: manual, version: (await deal(manual)).version, reviewDate: '2027-06-01', reason: 'Договорились' },
    });
  });
  afterAll(() => h?.close());

  it('has nothing to do while the settings the dates hang on are unchanged', async () => {
    expect((await deal(automatic)).reviewDate).toBe('2027-12-02'); // 30 days before the end
    await updateSettings({ sellersSeeAllDeals: true });
    expect(await h.crm.reviewDatesJob.runOnce()).toBe(0);
  });

  it('moves every automatic date after renewalLeadDays changes, once, leaving hand-set dates and deal versions alone', async () => {
    const before = await deal(automatic);
    const eventsBefore = (await reviewDateEvents()).length;
    await updateSettings({ renewalLeadDays: 10 });
    expect((await deal(automatic)).reviewDate).toBe('2027-12-02'); // the job does it, not the settings change

    expect(await h.crm.reviewDatesJob.runOnce()).toBe(1);
    expect(await deal(automatic)).toEqual({ version: before.version, reviewDate: '2027-12-22', reviewDateManual: false });
    expect(await deal(manual)).toMatchObject({ reviewDate: '2027-06-01', reviewDateManual: true });
    expect((await reviewDateEvents()).slice(eventsBefore).map((e) => e.dealId)).toEqual([automatic]);

    // Idempotent: another run (or another instance) finds nothing behind and nothing to move.
    expect(await h.crm.reviewDatesJob.runOnce()).toBe(0);
    expect((await reviewDateEvents()).length).toBe(eventsBefore + 1);
  });

  it('goes through the deals after a time zone change too; calendar dates stay what they are', async () => {
    await updateSettings({ timeZone: 'Asia/Vladivostok' });
    expect(await h.crm.reviewDatesJob.runOnce()).toBe(0);
    expect((await deal(automatic)).reviewDate).toBe('2027-12-22');
  });
});
