import { postGraphQL } from '@crm/platform/testing';
import { DEMO_PASSWORD, startTestSystem, type TestSystem } from './support/test-system';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken user { organization { name } } } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { organization { name } } } }';

/**
 * Issue 8, item 14, through the router. The test system's router trusts loopback (TRUST_PROXY's
 * default), so each test speaks for its own client address in X-Forwarded-For; tests from loopback
 * would otherwise share one address budget.
 */
describe('login and sign-up limits through the router', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system?.stop());

  const from = (address: string, query: string, variables: Record<string, unknown>) =>
    postGraphQL<Record<string, { accessToken: string; user: { organization: { name: string } } }>>(system.url, query, {
      variables,
      headers: { 'x-forwarded-for': address },
    });

  it('30 simultaneous wrong guesses check the password at most 5 times; the owner still logs in from a clean address', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 30 }, () => from('198.51.100.10', LOGIN, { input: { email: 'seller@demo.local', password: 'wrong guess' } })),
    );
    const codes = guesses.map((g) => g.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(25);
    // The right password from the attacker's address is still refused...
    const attacker = await from('198.51.100.10', LOGIN, { input: { email: 'seller@demo.local', password: DEMO_PASSWORD } });
    expect(attacker.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // ...but the owner, elsewhere, is not locked out.
    const owner = await from('198.51.100.11', LOGIN, { input: { email: 'seller@demo.local', password: DEMO_PASSWORD } });
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.login?.user.organization.name).toBe('Demo Brokerage');
  });

  it('limits sign-ups per client address', async () => {
    const signUp = (i: number, address: string) =>
      from(address, SIGN_UP, { input: { organizationName: `Burst ${i}`, email: `burst${i}@limits.test`, password: 'burst password', displayName: `Burst ${i}` } });
    for (let i = 0; i < 10; i += 1) {
      const result = await signUp(i, '198.51.100.20');
      expect(result.errors).toBeUndefined();
      expect(result.data?.signUp?.user.organization.name).toBe(`Burst ${i}`);
    }
    expect((await signUp(10, '198.51.100.20')).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await signUp(11, '198.51.100.21')).errors).toBeUndefined();
  });
});
