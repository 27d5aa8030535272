import { Client } from 'pg';
import { createTestDatabase, createTestVhost, lockBroker, postGraphQL, type TestDatabase, type TestVhost } from '@crm/platform/testing';
import { eventually } from './support/eventually';
import { freePort, spawnService, waitUntilReady, type SpawnedService } from './support/spawn-service';

/**
 * The distributed mode as deployed: the Auth subgraph and the router as separate processes started
 * from their `main.ts` with environment variables only, on real PostgreSQL and RabbitMQ.
 */
describe('distributed mode: separate processes', () => {
  let database: TestDatabase;
  let vhost: TestVhost;
  let releaseBroker: () => Promise<void>;
  let auth: SpawnedService;
  let router: SpawnedService;
  let routerUrl: string;

  beforeAll(async () => {
    releaseBroker = await lockBroker('shared');
    database = await createTestDatabase();
    vhost = await createTestVhost();
    const [authPort, routerPort] = [await freePort(), await freePort()];
    const jwks = `http://127.0.0.1:${authPort}/.well-known/jwks.json`;
    auth = spawnService('subgraphs/auth/src/main.ts', {
      PORT: String(authPort),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url!,
      AMQP_URL: vhost.url,
      AUTH_JWKS_URL: jwks,
    });
    await waitUntilReady(`http://127.0.0.1:${authPort}/readyz`, auth);
    router = spawnService('router/src/main.ts', {
      PORT: String(routerPort),
      HOST: '127.0.0.1',
      AUTH_JWKS_URL: jwks,
      SUBGRAPH_AUTH_URL: `http://127.0.0.1:${authPort}/graphql`,
      // Feeds the router's own (in-memory) revocation view.
      AMQP_URL: vhost.url,
    });
    await waitUntilReady(`http://127.0.0.1:${routerPort}/readyz`, router);
    routerUrl = `http://127.0.0.1:${routerPort}/graphql`;
  }, 120_000);

  afterAll(async () => {
    await router?.terminate();
    await auth?.terminate();
    await database?.drop();
    await vhost?.drop();
    await releaseBroker?.();
  });

  it('signs up, logs in and answers `me` through the router', async () => {
    const signUp = await postGraphQL<{ signUp: { accessToken: string } }>(
      routerUrl,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { variables: { input: { organizationName: 'Distributed Brokerage', email: 'owner@distributed.example', password: 'long-enough-pass', displayName: 'Owner' } } },
    );
    expect(signUp.errors).toBeUndefined();
    const login = await postGraphQL<{ login: { accessToken: string } }>(routerUrl, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      variables: { input: { email: 'owner@distributed.example', password: 'long-enough-pass' } },
    });
    const me = await postGraphQL<{ me: { email: string; organization: { name: string } } }>(routerUrl, '{ me { email organization { name } } }', { token: login.data?.login.accessToken });
    expect(me.data?.me).toEqual({ email: 'owner@distributed.example', organization: { name: 'Distributed Brokerage' } });
  });

  it('publishes the sign-up event through the outbox to RabbitMQ (the outbox drains)', async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const count = async (where: string) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM auth.outbox WHERE ${where}`)).rows[0]?.n;
    try {
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && (await count('published_at IS NULL')) !== 0) await new Promise((r) => setTimeout(r, 200));
      expect(await count('published_at IS NULL')).toBe(0);
      expect(await count(`type = 'auth.user.created'`)).toBe(1);
    } finally {
      await client.end();
    }
  });

  it('logout voids the access token at the router itself (its in-memory revocation view, fed from RabbitMQ)', async () => {
    const login = await postGraphQL<{ login: { accessToken: string; refreshToken: string } }>(
      routerUrl,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
      { variables: { input: { email: 'owner@distributed.example', password: 'long-enough-pass' } } },
    );
    const { accessToken, refreshToken } = login.data!.login;
    expect((await postGraphQL(routerUrl, '{ me { id } }', { token: accessToken })).status).toBe(200);
    const out = await postGraphQL(routerUrl, 'mutation($t: String!) { logout(input: { refreshToken: $t }) { loggedOut } }', { variables: { t: refreshToken } });
    expect(out.errors).toBeUndefined();
    // 401 before planning is the router's own refusal; a subgraph's would come back inside a 200.
    await eventually(async () => {
      const me = await postGraphQL(routerUrl, '{ me { id } }', { token: accessToken });
      expect([me.status, me.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    });
  });

  it('shuts down gracefully on SIGTERM', async () => {
    expect(await router.terminate()).toBe(0);
    expect(await auth.terminate()).toBe(0);
  });
});
