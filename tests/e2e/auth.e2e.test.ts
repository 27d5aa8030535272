import { startTestSystem, type TestSystem } from './support/test-system';

const ME = 'query { me { id email displayName roles organization { id name } } }';

describe('auth through the router', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system?.stop());

  it('logs the demo admin in and answers `me`', async () => {
    const token = await system.login('admin@demo.local');
    const result = await system.graphql<{ me: { email: string; roles: string[]; organization: { name: string } } }>(ME, {}, token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toMatchObject({ email: 'admin@demo.local', roles: ['ADMIN'], organization: { name: 'Demo Brokerage' } });
  });

  it('refuses a wrong password without telling whether the account exists', async () => {
    const attempt = (email: string) =>
      system.graphql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password: 'wrong-password' } });
    const [known, unknown] = await Promise.all([attempt('seller@demo.local'), attempt('nobody@demo.local')]);
    expect(known.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(known.errors?.[0]?.message);
  });

  it('answers `me` only with a valid token', async () => {
    const anonymous = await system.graphql(ME);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await system.graphql(ME, {}, 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    expect(forged.status).toBe(401);
  });

  it('a subgraph called directly, bypassing the router, refuses without a valid token', async () => {
    const direct = await fetch(system.subgraphUrls.auth!, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ME }),
    });
    expect(direct.status).toBe(401);
    const body = (await direct.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('one organisation never sees another organisation’s users', async () => {
    const signUp = await system.graphql<{ signUp: { accessToken: string } }>(
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { organizationName: 'Other Brokerage', email: 'owner@other.example', password: 'other-pass-123', displayName: 'Other Owner' } },
    );
    expect(signUp.errors).toBeUndefined();
    const otherToken = signUp.data!.signUp.accessToken;
    const demoToken = await system.login('admin@demo.local');
    const users = (token: string) => system.graphql<{ users: { edges: Array<{ node: { email: string } }> } }>('{ users(first: 50) { edges { node { email } } } }', {}, token);
    const otherEmails = (await users(otherToken)).data!.users.edges.map((e) => e.node.email);
    const demoEmails = (await users(demoToken)).data!.users.edges.map((e) => e.node.email);
    expect(otherEmails).toEqual(['owner@other.example']);
    expect(demoEmails).toEqual(expect.arrayContaining(['admin@demo.local', 'seller@demo.local', 'executor@demo.local']));
    expect(demoEmails).not.toContain('owner@other.example');
  });
});
