import { randomUUID } from 'node:crypto';
import { renderNotification } from '../../messages/render-notification';
import { createNotificationsHarness, type NotificationsHarness } from '../../testing/notifications-harness';

const org = '00000000-0000-4000-8000-00000000000a';
const otherOrg = '00000000-0000-4000-8000-00000000000b';
const owner = '00000000-0000-4000-8000-0000000000b1';
const participant = '00000000-0000-4000-8000-0000000000b2';
const uploader = '00000000-0000-4000-8000-0000000000b3';
const admin = '00000000-0000-4000-8000-0000000000a1';
const secondAdmin = '00000000-0000-4000-8000-0000000000a2';
const dealId = '00000000-0000-4000-8000-0000000000d1';
const deal = { dealId, organizationId: org, clientId: randomUUID(), ownerId: owner, participantIds: [participant, uploader], title: 'КАСКО Иванов', stage: 'CALCULATION' as const, archived: false, reviewDate: null };
const file = (name: string, over: Partial<{ dealId: string | null; ownerType: 'DEAL' | 'CLIENT' | 'POLICY' }> = {}) => ({
  fileId: randomUUID(), organizationId: org, folderId: randomUUID(), dealId, ownerType: 'DEAL' as const, ownerId: dealId, name, version: 1, size: 10, sha256: 'ab', contentType: 'application/pdf', origin: 'USER' as const, ...over,
});
const user = (userId: string, roles: ('ADMIN' | 'SELLER' | 'EXECUTOR')[], organizationId = org) => ({ userId, organizationId, email: `${userId.slice(-2)}@x.test`, displayName: 'U', roles });
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

describe('notifications of files, roles, API keys and new devices', () => {
  let h: NotificationsHarness;
  beforeEach(async () => {
    h = await createNotificationsHarness();
  });
  afterEach(() => h?.close());

  /** Oldest first; one event's rows share a time, so by recipient among them. */
  const rendered = async (language: 'RU' | 'EN' = 'RU') =>
    (await h.written())
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.recipientId.localeCompare(b.recipientId))
      .map((n) => [n.recipientId, n.kind, renderNotification(n.kind, n.params, language).body]);

  it("tells a deal's owner and participants of a file added to its folders, not the uploader, and follows the participants' changes", async () => {
    await h.deliver('crm.deal.created', deal);
    await h.deliver('documents.file.added', file('Полис.pdf'), { actorId: uploader });
    expect(await rendered()).toEqual([
      [owner, 'FILE_ADDED', '«КАСКО Иванов»: Полис.pdf'],
      [participant, 'FILE_ADDED', '«КАСКО Иванов»: Полис.pdf'],
    ]);
    expect((await h.written()).every((n) => n.dealId === dealId && n.actorId === uploader)).toBe(true);

    // The participant leaves the deal (a later crm.deal.updated): the next file reaches only the owner and the uploader, now someone else's.
    await h.deliver('crm.deal.updated', { ...deal, participantIds: [uploader], changedFields: ['participantIds'] });
    await h.deliver('documents.file.added', file('Счёт.pdf'), { actorId: owner });
    expect((await rendered()).slice(2)).toEqual([[uploader, 'FILE_ADDED', '«КАСКО Иванов»: Счёт.pdf']]);
  });

  it('tells no one of a file outside any deal, and retries one about a deal it has not heard of yet', async () => {
    await h.deliver('documents.file.added', file('Паспорт.pdf', { dealId: null, ownerType: 'CLIENT' }), { actorId: uploader });
    await expect(h.deliver('documents.file.added', file('Полис.pdf'), { actorId: uploader })).rejects.toThrow(/not in the deals read model/);
    expect(await h.written()).toEqual([]);
  });

  it('tells a user whose roles an admin changed, in their language, and nobody of their own change', async () => {
    const change = { userId: owner, organizationId: org, previousRoles: ['SELLER' as const], roles: ['SELLER' as const, 'EXECUTOR' as const] };
    await h.deliver('auth.user.roles_changed', change, { actorId: admin });
    await h.deliver('auth.user.roles_changed', { ...change, userId: admin, roles: ['ADMIN'] }, { actorId: admin });
    expect(await rendered()).toEqual([[owner, 'ROLES_CHANGED', 'Теперь: продавец, исполнитель']]);
    expect(await rendered('EN')).toEqual([[owner, 'ROLES_CHANGED', 'Now: seller, executor']]);
  });

  it("tells the organisation's other active admins of a new API key, not its creator, a deactivated admin, a seller or another organisation", async () => {
    await h.deliver('auth.user.created', user(admin, ['ADMIN']));
    await h.deliver('auth.user.created', user(secondAdmin, ['ADMIN', 'SELLER']));
    await h.deliver('auth.user.created', user(owner, ['SELLER']));
    await h.deliver('auth.user.created', user(participant, ['ADMIN']));
    await h.deliver('auth.user.deactivated', { userId: participant, organizationId: org });
    await h.deliver('auth.user.created', user(uploader, ['ADMIN'], otherOrg));
    // A seller made admin later counts; the event carries only the roles.
    await h.deliver('auth.user.roles_changed', { userId: owner, organizationId: org, previousRoles: ['SELLER'], roles: ['ADMIN'] }, { actorId: admin });
    await h.deliver('auth.api_key.created', { keyId: randomUUID(), organizationId: org, name: 'Лидогенератор', createdBy: admin }, { actorId: admin });
    const keys = (await rendered()).filter(([, kind]) => kind === 'API_KEY_CREATED');
    expect(keys.sort()).toEqual(
      [
        [secondAdmin, 'API_KEY_CREATED', '«Лидогенератор» действует от имени организации'],
        [owner, 'API_KEY_CREATED', '«Лидогенератор» действует от имени организации'],
      ].sort(),
    );
  });

  it('tells a user of a sign-in from a device not seen before, not of the first one known, a known one or one without a user agent', async () => {
    const login = (userAgent: string | null, clientAddress: string | null = '203.0.113.7') => h.deliver('auth.user.logged_in', { userId: owner, organizationId: org, clientAddress, userAgent }, { actorId: owner });
    await login(FIREFOX);
    await login(FIREFOX);
    await login(null);
    await h.deliver('auth.user.logged_in', { userId: owner, organizationId: org, clientAddress: null }, { actorId: owner });
    expect(await h.written()).toEqual([]);
    await login(PHONE, null);
    await login(PHONE);
    expect(await rendered()).toEqual([[owner, 'NEW_DEVICE_LOGIN', `${PHONE}, адрес неизвестен. Если это были не вы, смените пароль.`]]);
    expect(await rendered('EN')).toEqual([[owner, 'NEW_DEVICE_LOGIN', `${PHONE}, address unknown. If it was not you, change your password.`]]);
  });

  it('lists the new kinds in the preference matrix: in-app, on by default', async () => {
    const settings = await h.module.services.settings.mine({ kind: 'user', userId: owner, orgId: org, roles: ['SELLER'] });
    const added = settings.preferences.filter((p) => ['FILE_ADDED', 'ROLES_CHANGED', 'API_KEY_CREATED', 'NEW_DEVICE_LOGIN'].includes(p.kind));
    expect(added).toEqual([
      { kind: 'FILE_ADDED', channel: 'IN_APP', enabled: true, mandatory: false },
      { kind: 'ROLES_CHANGED', channel: 'IN_APP', enabled: true, mandatory: true },
      { kind: 'API_KEY_CREATED', channel: 'IN_APP', enabled: true, mandatory: true },
      { kind: 'NEW_DEVICE_LOGIN', channel: 'IN_APP', enabled: true, mandatory: true },
    ]);
  });
});
