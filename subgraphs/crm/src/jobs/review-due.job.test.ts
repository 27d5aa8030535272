import { createCrmHarness, type CrmHarness, type TestOrg } from '../testing/crm-harness';
import { CREATE_DEAL, newPerson } from '../testing/operations';

describe('the review-due job', () => {
  let h: CrmHarness;
  let org: TestOrg;
  let now = new Date('2027-03-01T08:00:00Z');
  let dealId: string;

  const setReviewDate = async (reviewDate: string, reason = 'Клиент в отпуске') => {
    const { deal } = await h.ok<{ deal: { version: number } }>('query($id: ID!) { deal(id: $id) { version } }', org.seller, { id: dealId });
    return h.ok<{ setDealReviewDate: { deal: { reviewDate: string; reviewDateManual: boolean; reviewDateReason: string } } }>(
      'mutation($input: SetDealReviewDateInput!) { setDealReviewDate(input: $input) { deal { reviewDate reviewDateManual reviewDateReason } } }',
      org.seller,
      { input: { id: dealId, version: deal.version, reviewDate, reason } },
    );
  };
  const dueEvents = async () => (await h.published('crm.deal.review_due')).map((e) => (e.data as { dealId: string; reviewDate: string }));

  beforeAll(async () => {
    h = await createCrmHarness({ clock: () => now });
    org = await h.createOrg();
    dealId = (await h.ok<{ createDeal: { deal: { id: string } } }>(CREATE_DEAL, org.seller, { input: { title: 'Напомнить', newClient: newPerson() } })).createDeal.deal.id;
  });
  afterAll(() => h?.close());

  it('publishes nothing before the date, then once for the date however many runs', async () => {
    expect((await setReviewDate('2027-03-05')).setDealReviewDate.deal).toEqual({ reviewDate: '2027-03-05', reviewDateManual: true, reviewDateReason: 'Клиент в отпуске' });
    await h.crm.reviewDueJob.run();
    expect(await dueEvents()).toEqual([]);

    now = new Date('2027-03-05T06:00:00Z');
    // Several instances at once: the row claim lets exactly one of them publish.
    await Promise.all([h.crm.reviewDueJob.run(), h.crm.reviewDueJob.run(), h.crm.reviewDueJob.run()]);
    await h.crm.reviewDueJob.run();
    expect(await dueEvents()).toEqual([expect.objectContaining({ dealId, reviewDate: '2027-03-05', ownerId: org.seller.userId })]);

    const toReview = await h.ok<{ deals: { edges: { node: { id: string } }[] } }>('{ deals(filter: { reviewDueBy: "2027-03-05" }) { edges { node { id } } } }', org.seller);
    expect(toReview.deals.edges.map((e) => e.node.id)).toEqual([dealId]);
  });

  it('a deal snoozed to a new date comes back on that date', async () => {
    const snoozed = await h.ok<{ snoozeDeal: { deal: { reviewDate: string } } }>(
      'mutation($input: SnoozeDealInput!) { snoozeDeal(input: $input) { deal { reviewDate } } }',
      org.seller,
      { input: { id: dealId, version: (await h.ok<{ deal: { version: number } }>('query($id: ID!) { deal(id: $id) { version } }', org.seller, { id: dealId })).deal.version, days: 7, reason: 'Перезвонить через неделю' } },
    );
    expect(snoozed.snoozeDeal.deal.reviewDate).toBe('2027-03-12');
    await h.crm.reviewDueJob.run();
    expect(await dueEvents()).toHaveLength(1);
    now = new Date('2027-03-12T00:00:01Z');
    await h.crm.reviewDueJob.run();
    expect((await dueEvents()).map((e) => e.reviewDate)).toEqual(['2027-03-05', '2027-03-12']);
  });

  it('clearing the manual date returns the deal to the automatic one', async () => {
    const { deal } = await h.ok<{ deal: { version: number } }>('query($id: ID!) { deal(id: $id) { version } }', org.seller, { id: dealId });
    const cleared = await h.ok<{ setDealReviewDate: { deal: { reviewDate: string | null; reviewDateManual: boolean } } }>(
      'mutation($input: SetDealReviewDateInput!) { setDealReviewDate(input: $input) { deal { reviewDate reviewDateManual } } }',
      org.seller,
      { input: { id: dealId, version: deal.version, reviewDate: null } },
    );
    // No policy yet: nothing to watch, so no automatic date.
    expect(cleared.setDealReviewDate.deal).toEqual({ reviewDate: null, reviewDateManual: false });
  });

  it("decides \"due\" in each organisation's own day: 00:30 in Moscow is already the new day, not yet in UTC", async () => {
    const utcOrg = await h.createOrg();
    await h.ok('mutation($input: UpdateCrmSettingsInput!) { updateCrmSettings(input: $input) { settings { timeZone } } }', utcOrg.admin, { input: { version: 1, timeZone: 'UTC' } });
    const dealOn = async (owner: TestOrg, title: string) => {
      const id = (await h.ok<{ createDeal: { deal: { id: string; version: number } } }>(CREATE_DEAL, owner.seller, { input: { title, newClient: newPerson() } })).createDeal.deal.id;
      await h.ok('mutation($input: SetDealReviewDateInput!) { setDealReviewDate(input: $input) { deal { id } } }', owner.seller, {
        input: { id, version: 1, reviewDate: '2027-04-01', reason: 'Утром' },
      });
      return id;
    };
    const moscowDeal = await dealOn(org, 'Москва');
    const utcDeal = await dealOn(utcOrg, 'UTC');
    const dueIds = async () => (await dueEvents()).map((e) => e.dealId);

    now = new Date('2027-03-31T21:30:00Z'); // 00:30 on 1 April in Moscow
    await h.crm.reviewDueJob.run();
    expect(await dueIds()).toContain(moscowDeal);
    expect(await dueIds()).not.toContain(utcDeal);

    now = new Date('2027-04-01T00:00:01Z');
    await h.crm.reviewDueJob.run();
    expect(await dueIds()).toContain(utcDeal);
  });
});
