import { createCrmHarness, firstError, type CrmHarness, type TestOrg } from '../testing/crm-harness';

const UPDATE = 'mutation($input: UpdateCrmSettingsInput!) { updateCrmSettings(input: $input) { settings { version renewalLeadDays sellersSeeAllDeals } } }';

interface Settings {
  version: number;
  renewalLeadDays: number;
  sellersSeeAllDeals: boolean;
}

describe('crm.settings.changed', () => {
  let h: CrmHarness;
  let org: TestOrg;

  const settingsEvents = async () => (await h.published('crm.settings.changed')).filter((e) => e.orgid === org.orgId);

  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
  });
  afterAll(() => h?.close());

  it('is written with the new settings in the same transaction as each change, the defaults never announced', async () => {
    expect(await settingsEvents()).toEqual([]);
    const first = await h.ok<{ updateCrmSettings: { settings: Settings } }>(UPDATE, org.admin, { input: { version: 1, sellersSeeAllDeals: true } });
    expect(first.updateCrmSettings.settings).toEqual({ version: 2, renewalLeadDays: 30, sellersSeeAllDeals: true });
    const second = await h.ok<{ updateCrmSettings: { settings: Settings } }>(UPDATE, org.admin, { input: { version: 2, renewalLeadDays: 45 } });
    expect(second.updateCrmSettings.settings).toEqual({ version: 3, renewalLeadDays: 45, sellersSeeAllDeals: true });

    const events = await settingsEvents();
    expect(events.map((e) => e.data)).toEqual([
      { organizationId: org.orgId, renewalLeadDays: 30, sellersSeeAllDeals: true, timeZone: 'Europe/Moscow', version: 2 },
      { organizationId: org.orgId, renewalLeadDays: 45, sellersSeeAllDeals: true, timeZone: 'Europe/Moscow', version: 3 },
    ]);
    expect(events[0]).toMatchObject({ subject: org.orgId, actorid: org.admin.userId, source: expect.stringContaining('crm') });
  });

  it('is not written when the change is refused: bad input, a stale version, a non-admin', async () => {
    const before = (await settingsEvents()).length;
    const invalid = await h.run(UPDATE, { identity: org.admin, variables: { input: { version: 3, renewalLeadDays: -1 } } });
    expect(firstError(invalid)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.renewalLeadDays' });
    for (const timeZone of ['Moscow', 'Mars/Olympus', ' ']) {
      const zone = await h.run(UPDATE, { identity: org.admin, variables: { input: { version: 3, timeZone } } });
      expect(firstError(zone)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
    }
    const stale = await h.run(UPDATE, { identity: org.admin, variables: { input: { version: 2, sellersSeeAllDeals: false } } });
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
    const seller = await h.run(UPDATE, { identity: org.seller, variables: { input: { version: 3, sellersSeeAllDeals: false } } });
    expect(firstError(seller)).toMatchObject({ code: 'FORBIDDEN' });

    expect(await settingsEvents()).toHaveLength(before);
    const current = await h.ok<{ crmSettings: Settings }>('{ crmSettings { version sellersSeeAllDeals } }', org.admin);
    expect(current.crmSettings).toEqual({ version: 3, sellersSeeAllDeals: true });
  });

  it('a stale first change leaves neither a settings row nor an event behind', async () => {
    const fresh = await h.createOrg();
    const stale = await h.run(UPDATE, { identity: fresh.admin, variables: { input: { version: 7, sellersSeeAllDeals: true } } });
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT' });
    expect((await h.published('crm.settings.changed')).filter((e) => e.orgid === fresh.orgId)).toEqual([]);
    const current = await h.ok<{ crmSettings: Settings }>('{ crmSettings { version sellersSeeAllDeals } }', fresh.admin);
    expect(current.crmSettings).toEqual({ version: 1, sellersSeeAllDeals: false });
  });

  it('takes an IANA time zone, which travels in the event and moves "today"', async () => {
    const zoned = await h.ok<{ updateCrmSettings: { settings: { version: number; timeZone: string } } }>(
      'mutation($input: UpdateCrmSettingsInput!) { updateCrmSettings(input: $input) { settings { version timeZone } } }',
      org.admin,
      { input: { version: 3, timeZone: 'Asia/Vladivostok' } },
    );
    expect(zoned.updateCrmSettings.settings).toEqual({ version: 4, timeZone: 'Asia/Vladivostok' });
    expect((await settingsEvents()).at(-1)?.data).toMatchObject({ timeZone: 'Asia/Vladivostok', version: 4 });
  });
});
