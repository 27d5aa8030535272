import { eq } from 'drizzle-orm';
import { outbox, refreshTokens } from '../db/schema';
import { createAuthHarness, firstError, TEST_PASSWORD, type AuthHarness } from '../testing/auth-harness';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id email } } }`;
const REFRESH = `mutation($t: String!) { refresh(input: { refreshToken: $t }) { accessToken refreshToken } }`;
const LOGOUT = `mutation($t: String!) { logout(input: { refreshToken: $t }) { loggedOut } }`;
const ME = `{ me { id email displayName roles organization { id name } } }`;

type Tokens = { accessToken: string; refreshToken: string };

describe('sessions', () => {
  let h: AuthHarness;
  // A minute behind the real clock, so moving it past the grace window never dates a token in the verifier's future.
  let now = Date.now() - 60_000;
  /** Moves the clock past the refresh grace window, where presenting a rotated token again is reuse. */
  const afterGrace = () => (now += 11_000);
  beforeAll(async () => {
    h = await createAuthHarness({ config: { loginMaxFailuresPerAccountAndAddress: 3, loginMaxFailuresPerAddress: 100 }, clock: () => new Date(now) });
  });
  afterAll(() => h.close());

  const login = (email: string, password = TEST_PASSWORD, clientAddress = '203.0.113.1') =>
    h.run<{ login: Tokens & { user: { id: string } } }>(LOGIN, { variables: { input: { email, password } }, clientAddress });
  const refresh = (token: string) => h.run<{ refresh: Tokens }>(REFRESH, { variables: { t: token } });

  it('signs up an organisation whose admin logs in, gets a verifiable access token and sees itself in me', async () => {
    const admin = await h.signUp('Acme Brokers', 'Owner@Acme.test');
    const result = await login('OWNER@acme.test');
    expect(result.errors).toBeUndefined();
    const identity = await h.verify(result.data!.login.accessToken);
    expect(identity).toMatchObject({ kind: 'user', userId: admin.userId, orgId: admin.orgId, roles: ['ADMIN'], session: { tokenVersion: 1 } });
    const me = await h.run(ME, { identity });
    expect(me.data).toEqual({
      me: { id: admin.userId, email: 'owner@acme.test', displayName: 'Owner', roles: ['ADMIN'], organization: { id: admin.orgId, name: 'Acme Brokers' } },
    });
  });

  it('answers a wrong password and an unknown e-mail with the same error', async () => {
    await h.signUp('Same Error Ltd', 'same@error.test');
    const wrong = firstError(await login('same@error.test', 'not the password', '198.51.100.7'));
    const unknown = firstError(await login('nobody@error.test', 'not the password', '198.51.100.7'));
    expect(wrong).toEqual({ code: 'UNAUTHENTICATED', field: undefined, message: 'Неверный адрес электронной почты или пароль' });
    expect(unknown).toEqual(wrong);
  });

  it('refuses an account at an address after N failed attempts there, but not the owner at a clean address', async () => {
    await h.signUp('Limited Ltd', 'limited@rate.test');
    for (let i = 0; i < 3; i += 1) expect(firstError(await login('limited@rate.test', 'wrong password'))?.code).toBe('UNAUTHENTICATED');
    const blocked = await login('limited@rate.test');
    expect(firstError(blocked)?.code).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(firstError(await login('limited@rate.test', TEST_PASSWORD, '198.51.100.200'))).toBeUndefined();
  });

  it('rotates refresh tokens: each works once and yields a new pair', async () => {
    const user = await h.signUp('Rotate Ltd', 'rotate@tokens.test');
    const first = await refresh(user.refreshToken);
    expect(first.errors).toBeUndefined();
    expect(first.data!.refresh.refreshToken).not.toBe(user.refreshToken);
    await expect(h.verify(first.data!.refresh.accessToken)).resolves.toMatchObject({ userId: user.userId });
    const second = await refresh(first.data!.refresh.refreshToken);
    expect(second.errors).toBeUndefined();
    const rows = await h.database.handle.db.select().from(refreshTokens).where(eq(refreshTokens.userId, user.userId));
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.familyId)).size).toBe(1);
    // Only hashes are stored.
    expect(rows.map((r) => r.tokenHash)).not.toContain(user.refreshToken);
  });

  it('revokes the whole family when a used refresh token comes back', async () => {
    const user = await h.signUp('Reuse Ltd', 'reuse@tokens.test');
    const rotated = await refresh(user.refreshToken);
    const newer = rotated.data!.refresh.refreshToken;
    afterGrace();
    const replay = await refresh(user.refreshToken);
    expect(firstError(replay)?.code).toBe('UNAUTHENTICATED');
    expect(firstError(await refresh(newer))?.code).toBe('UNAUTHENTICATED');
    // A separate login is a separate family and still works.
    const fresh = await login('reuse@tokens.test');
    expect(firstError(await refresh(fresh.data!.login.refreshToken))).toBeUndefined();
  });

  it('lets two tabs refresh with the same token at once (grace window), and treats a later replay as reuse', async () => {
    const user = await h.signUp('Race Ltd', 'race@tokens.test');
    const results = await Promise.all([refresh(user.refreshToken), refresh(user.refreshToken)]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const [one, two] = results.map((r) => r.data!.refresh);
    expect(one!.refreshToken).not.toBe(two!.refreshToken);
    const sessions = await Promise.all([h.verify(one!.accessToken), h.verify(two!.accessToken)]);
    expect(sessions[0]).toMatchObject({ session: { id: (sessions[1] as { session: { id: string } }).session.id } });
    afterGrace();
    expect(firstError(await refresh(user.refreshToken))?.code).toBe('UNAUTHENTICATED');
    expect(firstError(await refresh(one!.refreshToken))?.code).toBe('UNAUTHENTICATED');
    expect(firstError(await refresh(two!.refreshToken))?.code).toBe('UNAUTHENTICATED');
  });

  it('logout ends the session: its refresh token no longer works, and its access tokens are revoked by sid', async () => {
    const user = await h.signUp('Logout Ltd', 'logout@tokens.test');
    const rotated = (await refresh(user.refreshToken)).data!.refresh.refreshToken;
    const result = await h.run(LOGOUT, { variables: { t: user.refreshToken } });
    expect(result.data).toEqual({ logout: { loggedOut: true } });
    expect(firstError(await refresh(rotated))?.code).toBe('UNAUTHENTICATED');
    const events = await h.database.handle.db.select().from(outbox).where(eq(outbox.type, 'auth.session.revoked'));
    const sid = (user.identity as { session: { id: string } }).session.id;
    expect(events.map((e) => e.envelope.data)).toContainEqual({ sessionId: sid, userId: user.userId, organizationId: user.orgId, reason: 'logout' });
  });

  it('reads the whole payload as the identity just issued: user { organization telegram } after login, sign-up, refresh', async () => {
    const PAYLOAD = 'accessToken refreshToken user { id organization { id name } telegram { telegramUserId } }';
    const signUp = await h.run<{ signUp: Tokens & { user: { organization: { name: string } } } }>(
      `mutation { signUp(input: { organizationName: "Payload Ltd", email: "payload@read.test", password: "${TEST_PASSWORD}", displayName: "P" }) { ${PAYLOAD} } }`,
    );
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data!.signUp.user).toMatchObject({ organization: { name: 'Payload Ltd' }, telegram: null });
    const loggedIn = await h.run<{ login: Tokens & { user: { organization: { name: string } } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { ${PAYLOAD} } }`,
      { variables: { input: { email: 'payload@read.test', password: TEST_PASSWORD } } },
    );
    expect(loggedIn.errors).toBeUndefined();
    expect(loggedIn.data!.login.user.organization.name).toBe('Payload Ltd');
    const refreshed = await h.run<{ refresh: Tokens & { user: { organization: { name: string } } } }>(
      `mutation($t: String!) { refresh(input: { refreshToken: $t }) { ${PAYLOAD} } }`,
      { variables: { t: loggedIn.data!.login.refreshToken } },
    );
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data!.refresh.user.organization.name).toBe('Payload Ltd');
    // The refresh token was consumed once and the new one works: nothing was lost on the way.
    expect(firstError(await refresh(refreshed.data!.refresh.refreshToken))).toBeUndefined();
  });

  it('rejects malformed input as BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await h.database.handle.db.select().from(outbox);
    const bad = await h.run(`mutation { signUp(input: { organizationName: "X", email: "not-an-email", password: "long enough pw", displayName: "X" }) { accessToken } }`);
    expect(firstError(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    const short = await h.run(`mutation { signUp(input: { organizationName: "X", email: "x@x.test", password: "short", displayName: "X" }) { accessToken } }`);
    expect(firstError(short)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    expect(firstError(await login('x@x.test'))?.code).toBe('UNAUTHENTICATED');
    expect(await h.database.handle.db.select().from(outbox)).toHaveLength(before.length);
  });

  it('writes auth.user.created with the sign-up, and nothing when the sign-up fails', async () => {
    const user = await h.signUp('Events Ltd', 'events@outbox.test');
    const events = await h.database.handle.db.select().from(outbox).where(eq(outbox.orgId, user.orgId));
    expect(events.map((e) => e.type)).toEqual(['auth.user.created']);
    expect(events[0]!.envelope.data).toMatchObject({ userId: user.userId, email: 'events@outbox.test', roles: ['ADMIN'] });
    const count = (await h.database.handle.db.select().from(outbox)).length;
    const duplicate = await h.run(`mutation { signUp(input: { organizationName: "Dup", email: "events@outbox.test", password: "long enough pw", displayName: "D" }) { accessToken } }`);
    expect(firstError(duplicate)).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    expect(await h.database.handle.db.select().from(outbox)).toHaveLength(count);
  });

  it('writes auth.user.logged_in with the address and the user agent the router passed on', async () => {
    const user = await h.signUp('Devices Ltd', 'devices@outbox.test');
    const agent = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0';
    const result = await h.run(LOGIN, { variables: { input: { email: 'devices@outbox.test', password: TEST_PASSWORD } }, clientAddress: '198.51.100.4', userAgent: agent });
    expect(result.errors).toBeUndefined();
    const events = await h.database.handle.db.select().from(outbox).where(eq(outbox.type, 'auth.user.logged_in'));
    expect(events.map((e) => e.envelope.data)).toContainEqual({ userId: user.userId, organizationId: user.orgId, clientAddress: '198.51.100.4', userAgent: agent });
  });

  it('changes the password: the old one stops working and other sessions end', async () => {
    const user = await h.signUp('Password Ltd', 'password@change.test');
    const wrong = await h.run(`mutation { changePassword(input: { currentPassword: "nope nope", newPassword: "new password 1" }) { accessToken } }`, { identity: user.identity });
    expect(firstError(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.currentPassword' });
    const changed = await h.run<{ changePassword: Tokens }>(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken refreshToken } }`,
      { identity: user.identity, variables: { input: { currentPassword: TEST_PASSWORD, newPassword: 'new password 1' } } },
    );
    expect(changed.errors).toBeUndefined();
    expect(firstError(await refresh(user.refreshToken))?.code).toBe('UNAUTHENTICATED');
    expect(firstError(await refresh(changed.data!.changePassword.refreshToken))).toBeUndefined();
    expect(firstError(await login('password@change.test'))?.code).toBe('UNAUTHENTICATED');
    expect(firstError(await login('password@change.test', 'new password 1'))).toBeUndefined();
  });

  it('refuses me to an anonymous caller', async () => {
    expect(firstError(await h.run(ME))?.code).toBe('UNAUTHENTICATED');
  });
});
