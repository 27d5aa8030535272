import { telegramLinkCodes } from '../db/schema';
import { createAuthHarness, firstError, type AuthHarness, type SignedUp } from '../testing/auth-harness';

const CREATE_CODE = `mutation { createTelegramLinkCode { code expiresAt } }`;
const LINK = `mutation($input: LinkTelegramAccountInput!) { linkTelegramAccount(input: $input) { userId organizationId telegram { telegramUserId telegramUsername } } }`;
const ME = `{ me { telegram { telegramUserId telegramUsername } } }`;

describe('Telegram account linking', () => {
  let h: AuthHarness;
  let now = new Date();
  let user: SignedUp;
  beforeAll(async () => {
    h = await createAuthHarness({ clock: () => now, config: { telegramLinkCodeTtlSeconds: 600 } });
    user = await h.signUp('Acme', 'admin@acme.test');
  });
  afterAll(() => h.close());

  const newCode = async () => (await h.run<{ createTelegramLinkCode: { code: string } }>(CREATE_CODE, { identity: user.identity })).data!.createTelegramLinkCode.code;
  const link = (code: string, telegramUserId = '424242') =>
    h.run(LINK, { variables: { input: { code, telegramUserId, telegramUsername: 'broker_bob' } } });

  it('links with a fresh code once, shows the link in me, and unlinks', async () => {
    const code = await newCode();
    const stored = await h.database.handle.db.select().from(telegramLinkCodes);
    expect(JSON.stringify(stored)).not.toContain(code);
    const linked = await link(code.toLowerCase());
    expect(linked.data).toEqual({
      linkTelegramAccount: { userId: user.userId, organizationId: user.orgId, telegram: { telegramUserId: '424242', telegramUsername: 'broker_bob' } },
    });
    expect((await h.run(ME, { identity: user.identity })).data).toEqual({ me: { telegram: { telegramUserId: '424242', telegramUsername: 'broker_bob' } } });
    await expect(h.auth.services.telegram.findUserByTelegramId('424242')).resolves.toEqual({ userId: user.userId, organizationId: user.orgId });
    expect(firstError(await link(code, '555'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });

    const unlinked = await h.run(`mutation { unlinkTelegramAccount { user { telegram { telegramUserId } } } }`, { identity: user.identity });
    expect(unlinked.data).toEqual({ unlinkTelegramAccount: { user: { telegram: null } } });
    await expect(h.auth.services.telegram.findUserByTelegramId('424242')).resolves.toBeNull();
  });

  it('rejects an expired code and a code replaced by a newer one', async () => {
    const expired = await newCode();
    now = new Date(now.getTime() + 601_000);
    expect(firstError(await link(expired))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    const replaced = await newCode();
    const latest = await newCode();
    expect(firstError(await link(replaced))?.code).toBe('BAD_USER_INPUT');
    expect(firstError(await link(latest))).toBeUndefined();
  });

  it('validates the Telegram id and needs a signed-in user for codes', async () => {
    expect(firstError(await link('ABCDEFGH', 'bob'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.telegramUserId' });
    expect(firstError(await h.run(CREATE_CODE))?.code).toBe('UNAUTHENTICATED');
    const service = { kind: 'service' as const, serviceId: 'partner', orgId: user.orgId, scopes: [] };
    expect(firstError(await h.run(CREATE_CODE, { identity: service }))?.code).toBe('FORBIDDEN');
  });
});
