import { asc, like } from 'drizzle-orm';
import { outbox, telegramLinkCodes } from '../db/schema';
import { createAuthHarness, firstError, TEST_BOT_KEY, type AuthHarness, type SignedUp } from '../testing/auth-harness';

const CREATE_CODE = `mutation { createTelegramLinkCode { code expiresAt } }`;
const LINK = `mutation($input: LinkTelegramAccountInput!) { linkTelegramAccount(input: $input) { userId organizationId telegram { telegramUserId telegramUsername } } }`;
const ME = `{ me { telegram { telegramUserId telegramUsername } } }`;
const TOKEN_FOR = `mutation($id: String!) { accessTokenForTelegramUser(input: { telegramUserId: $id }) { accessToken accessTokenExpiresAt user { id organization { name } telegram { telegramUserId } } } }`;

describe('Telegram account linking', () => {
  let h: AuthHarness;
  let now = new Date();
  let user: SignedUp;
  beforeAll(async () => {
    h = await createAuthHarness({ clock: () => now, config: { telegramLinkCodeTtlSeconds: 600, linkCodeMaxFailuresPerTelegramUser: 3 } });
    user = await h.signUp('Acme', 'admin@acme.test');
  });
  afterAll(() => h.close());
  // Tokens the harness issues must not be dated in the verifier's future.
  beforeEach(() => (now = new Date()));

  const newCode = async (of: SignedUp = user) =>
    (await h.run<{ createTelegramLinkCode: { code: string } }>(CREATE_CODE, { identity: of.identity })).data!.createTelegramLinkCode.code;
  const link = (code: string, telegramUserId = '424242', botCredential: string | null = TEST_BOT_KEY) =>
    h.run(LINK, { variables: { input: { code, telegramUserId, telegramUsername: 'broker_bob' } }, ...(botCredential ? { botCredential } : {}) });

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

  it('announces a link and an unlink to other subgraphs (Notifications messages the chat), an unlink of nothing announces nothing', async () => {
    const linkEvents = async () =>
      (await h.database.handle.db.select().from(outbox).where(like(outbox.type, 'auth.telegram.%')).orderBy(asc(outbox.seq))).map((row) => [row.type, row.envelope.data]);
    const before = (await linkEvents()).length;
    expect(firstError(await link(await newCode(), '777'))).toBeUndefined();
    const UNLINK = `mutation { unlinkTelegramAccount { user { id } } }`;
    await h.run(UNLINK, { identity: user.identity });
    await h.run(UNLINK, { identity: user.identity });
    expect((await linkEvents()).slice(before)).toEqual([
      ['auth.telegram.linked', { userId: user.userId, organizationId: user.orgId, telegramUserId: '777' }],
      ['auth.telegram.unlinked', { userId: user.userId, organizationId: user.orgId }],
    ]);
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

  it('accepts only the bot’s service credential: anyone else holding a valid code links nothing', async () => {
    const code = await newCode();
    expect(firstError(await link(code, '777', null))?.code).toBe('UNAUTHENTICATED');
    expect(firstError(await link(code, '777', 'not-the-bot-key-0123456789abcdef'))?.code).toBe('UNAUTHENTICATED');
    await expect(h.auth.services.telegram.findUserByTelegramId('777')).resolves.toBeNull();
    // The code was not spent by the refused calls.
    expect(firstError(await link(code, '777'))).toBeUndefined();
  });

  it('refuses a Telegram account already linked to another user (CONFLICT), leaving the link where it was', async () => {
    const victim = await h.signUp('Victim Ltd', 'victim@tg.test');
    const attacker = await h.signUp('Attacker Ltd', 'attacker@tg.test');
    expect(firstError(await link(await newCode(victim), '9001'))).toBeUndefined();
    const stolen = await link(await newCode(attacker), '9001');
    expect(firstError(stolen)).toMatchObject({ code: 'CONFLICT', field: 'input.telegramUserId' });
    await expect(h.auth.services.telegram.findUserByTelegramId('9001')).resolves.toEqual({ userId: victim.userId, organizationId: victim.orgId });
  });

  it('rate-limits code guessing per Telegram account', async () => {
    for (let i = 0; i < 3; i += 1) expect(firstError(await link(`WRONG${i}AA`, '31337'))?.code).toBe('BAD_USER_INPUT');
    const right = await newCode();
    expect(firstError(await link(right, '31337'))?.code).toBe('RATE_LIMITED');
    // Another Telegram account is not affected.
    const other = await h.signUp('Other Tg Ltd', 'other@tg.test');
    expect(firstError(await link(await newCode(other), '31338'))).toBeUndefined();
  });

  it('gives the bot (only) a short-lived access token for a linked, active user, readable in full', async () => {
    const member = await h.signUp('Token Ltd', 'token@tg.test');
    expect(firstError(await link(await newCode(member), '5150'))).toBeUndefined();
    expect(firstError(await h.run(TOKEN_FOR, { variables: { id: '5150' } }))?.code).toBe('UNAUTHENTICATED');
    const issued = await h.run<{ accessTokenForTelegramUser: { accessToken: string; user: unknown } }>(TOKEN_FOR, { variables: { id: '5150' }, botCredential: TEST_BOT_KEY });
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.accessTokenForTelegramUser.user).toEqual({ id: member.userId, organization: { name: 'Token Ltd' }, telegram: { telegramUserId: '5150' } });
    await expect(h.verify(issued.data!.accessTokenForTelegramUser.accessToken)).resolves.toMatchObject({ userId: member.userId, orgId: member.orgId });
    const unknown = await h.run(TOKEN_FOR, { variables: { id: '5151' }, botCredential: TEST_BOT_KEY });
    expect(firstError(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'input.telegramUserId' });
  });
});
