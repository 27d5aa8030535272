import { eq } from 'drizzle-orm';
import { crmSettings, dealAccess, knownUsers } from '../../db/schema';
import { createTasksHarness, DEFAULT_ORG, type TasksHarness } from '../../testing/tasks-harness';

const userId = '00000000-0000-4000-8000-0000000000b1';
const dealId = '00000000-0000-4000-8000-0000000000d1';
const ownerId = '00000000-0000-4000-8000-0000000000b2';
const deal = (participantIds: string[], archived = false) => ({
  dealId, organizationId: DEFAULT_ORG, clientId: '00000000-0000-4000-8000-000000000c01', ownerId,
  participantIds, title: 'Deal', stage: 'NEW' as const, archived, reviewDate: null,
});

describe('read-model consumers (tasks.users, tasks.deal-access, tasks.crm-settings)', () => {
  let h: TasksHarness;
  beforeAll(async () => {
    h = await createTasksHarness();
  });
  afterAll(() => h?.close());

  const userRow = async () => (await h.database.handle.db.select().from(knownUsers).where(eq(knownUsers.userId, userId)))[0];
  const dealRow = async () => (await h.database.handle.db.select().from(dealAccess).where(eq(dealAccess.dealId, dealId)))[0];

  it('subscribes under the documented queue names', () => {
    expect(h.tasks.consumers?.map((c) => c.name)).toEqual(['tasks.users', 'tasks.deal-access', 'tasks.crm-settings', 'tasks.deal-calculations', 'tasks.deal-archived']);
  });

  it('follows a user through creation, role change and deactivation; a late older event does not undo them', async () => {
    await h.deliver('auth.user.created', { userId, organizationId: DEFAULT_ORG, email: 'a@b.local', displayName: 'A', roles: ['SELLER'] }, new Date('2026-01-01T10:00:00Z'));
    expect(await userRow()).toMatchObject({ roles: ['SELLER'], active: true });
    await h.deliver('auth.user.roles_changed', { userId, organizationId: DEFAULT_ORG, previousRoles: ['SELLER'], roles: ['SELLER', 'EXECUTOR'] }, new Date('2026-01-01T11:00:00Z'));
    await h.deliver('auth.user.deactivated', { userId, organizationId: DEFAULT_ORG }, new Date('2026-01-01T12:00:00Z'));
    expect(await userRow()).toMatchObject({ roles: ['SELLER', 'EXECUTOR'], active: false });
    await h.deliver('auth.user.created', { userId, organizationId: DEFAULT_ORG, email: 'a@b.local', displayName: 'A', roles: ['SELLER'] }, new Date('2026-01-01T10:00:00Z'));
    expect(await userRow()).toMatchObject({ roles: ['SELLER', 'EXECUTOR'], active: false });
  });

  it('keeps the latest owner, participants and archived flag of a deal, ignoring an older event that arrives late', async () => {
    await h.deliver('crm.deal.created', deal([]), new Date('2026-01-01T10:00:00Z'));
    await h.deliver('crm.deal.updated', { ...deal([userId]), changedFields: ['participantIds'] }, new Date('2026-01-01T10:05:00Z'));
    expect(await dealRow()).toMatchObject({ ownerId, participantIds: [userId], archived: false });
    await h.deliver('crm.deal.created', deal([]), new Date('2026-01-01T10:00:00Z'));
    expect(await dealRow()).toMatchObject({ participantIds: [userId] });
    await h.deliver('crm.deal.updated', { ...deal([userId], true), changedFields: ['archived'] }, new Date('2026-01-01T10:06:00Z'));
    expect(await dealRow()).toMatchObject({ archived: true });
  });

  it('keeps the newest CRM settings version of an organisation; a duplicate or an older one changes nothing', async () => {
    const settingsRow = async () => (await h.database.handle.db.select().from(crmSettings).where(eq(crmSettings.organizationId, DEFAULT_ORG)))[0];
    // v1 events (from before `timeZone`, ADR 0046) carry no zone: the default holds, or the zone already mirrored.
    const changed = (version: number, sellersSeeAllDeals: boolean, timeZone?: string) => ({ organizationId: DEFAULT_ORG, renewalLeadDays: 30, sellersSeeAllDeals, version, ...(timeZone ? { timeZone } : {}) });
    expect(await settingsRow()).toBeUndefined();
    await h.deliver('crm.settings.changed', changed(3, true));
    expect(await settingsRow()).toEqual({ organizationId: DEFAULT_ORG, sellersSeeAllDeals: true, timeZone: 'Europe/Moscow', version: 3 });
    await h.deliver('crm.settings.changed', changed(2, false, 'UTC'));
    await h.deliver('crm.settings.changed', changed(3, false));
    expect(await settingsRow()).toEqual({ organizationId: DEFAULT_ORG, sellersSeeAllDeals: true, timeZone: 'Europe/Moscow', version: 3 });
    await h.deliver('crm.settings.changed', changed(4, false, 'Asia/Vladivostok'));
    expect(await settingsRow()).toEqual({ organizationId: DEFAULT_ORG, sellersSeeAllDeals: false, timeZone: 'Asia/Vladivostok', version: 4 });
    await h.deliver('crm.settings.changed', changed(5, true));
    expect(await settingsRow()).toEqual({ organizationId: DEFAULT_ORG, sellersSeeAllDeals: true, timeZone: 'Asia/Vladivostok', version: 5 });
  });

  it('refuses a payload that breaks the contract (the bus retries, then dead-letters it)', async () => {
    await expect(h.deliver('crm.deal.created', { ...deal([]), participantIds: 'nobody' } as never)).rejects.toThrow();
  });
});
