import { startTestSystem, DEMO_PASSWORD, type TestSystem } from './support/test-system';

/** The browser's session endpoints: the refresh token only ever travels in an httpOnly cookie. */
describe('web session endpoints (/auth/*)', () => {
  let system: TestSystem;
  let origin: string;
  beforeAll(async () => {
    system = await startTestSystem();
    origin = new URL(system.url).origin;
  });
  afterAll(() => system?.stop());

  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(`${origin}/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const cookieOf = (response: Response) => response.headers.get('set-cookie') ?? '';
  const pair = (setCookie: string) => setCookie.split(';')[0]!;

  it('signs in: the access token in the body, the refresh token only in an httpOnly SameSite=Strict cookie for /auth', async () => {
    const response = await post('login', { email: 'seller@demo.local', password: DEMO_PASSWORD });
    const body = (await response.json()) as { data: Record<string, string> };
    expect(Object.keys(body.data).sort()).toEqual(['accessToken', 'accessTokenExpiresAt']);
    const setCookie = cookieOf(response);
    expect(setCookie).toMatch(/^crm_refresh=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/auth/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const me = await system.graphql<{ me: { email: string } }>('{ me { email } }', {}, body.data.accessToken);
    expect(me.data?.me.email).toBe('seller@demo.local');
  });

  it('refreshes silently from the cookie alone and rotates it; without a cookie it is 401', async () => {
    const login = await post('login', { email: 'seller@demo.local', password: DEMO_PASSWORD });
    const first = pair(cookieOf(login));
    const refreshed = await post('refresh', {}, first);
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as { data: { accessToken: string } };
    expect((await system.graphql('{ me { id } }', {}, body.data.accessToken)).errors).toBeUndefined();
    expect(pair(cookieOf(refreshed))).not.toBe(first);
    expect((await post('refresh', {})).status).toBe(401);
  });

  it('a wrong password: UNAUTHENTICATED with no cookie and no server stack', async () => {
    const response = await post('login', { email: 'seller@demo.local', password: 'wrong-password' });
    const body = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(cookieOf(response)).toBe('');
  });

  it('logout ends the session: the cookie is cleared and its token no longer refreshes', async () => {
    const cookie = pair(cookieOf(await post('login', { email: 'executor@demo.local', password: DEMO_PASSWORD })));
    const logout = await post('logout', {}, cookie);
    expect(cookieOf(logout)).toMatch(/^crm_refresh=;/);
    expect((await post('refresh', {}, cookie)).status).toBe(401);
  });

  it('accepts JSON POSTs only (a cross-site form cannot call it without a preflight)', async () => {
    const form = await fetch(`${origin}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a&password=b' });
    expect(form.status).toBe(415);
  });
});
