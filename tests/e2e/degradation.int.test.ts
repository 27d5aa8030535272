import { randomUUID } from 'node:crypto';
import { createTestDatabase, createTestVhost, lockBroker, postGraphQL, type TestDatabase, type TestVhost } from '@crm/platform/testing';
import { eventually } from './support/eventually';
import { freePort, spawnService, waitUntilReady, type SpawnedService } from './support/spawn-service';

/**
 * Graceful degradation as deployed (ADR 0026): Auth, CRM, Payments and the router as separate processes.
 * Stopping Payments leaves the deal card's CRM fields (and Auth's) answering with SERVICE_UNAVAILABLE naming Payments; its
 * circuit opens (`/readyz`), and closes again once Payments is back on its port.
 */
describe('distributed mode: a subgraph goes down and comes back', () => {
  let database: TestDatabase;
  let vhost: TestVhost;
  let releaseBroker: () => Promise<void>;
  let auth: SpawnedService;
  let payments: SpawnedService;
  let crm: SpawnedService;
  let dealId: string;
  let router: SpawnedService;
  let routerBase: string;
  let startPayments: () => Promise<SpawnedService>;
  let token: string;

  beforeAll(async () => {
    releaseBroker = await lockBroker('shared');
    database = await createTestDatabase();
    vhost = await createTestVhost();
    const [authPort, crmPort, paymentsPort, routerPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const jwks = `http://127.0.0.1:${authPort}/.well-known/jwks.json`;
    const subgraphEnv = { HOST: '127.0.0.1', DATABASE_URL: database.url!, AMQP_URL: vhost.url, AUTH_JWKS_URL: jwks };
    auth = spawnService('subgraphs/auth/src/main.ts', { ...subgraphEnv, PORT: String(authPort) });
    await waitUntilReady(`http://127.0.0.1:${authPort}/readyz`, auth);
    startPayments = async () => {
      const started = spawnService('subgraphs/payments/src/main.ts', { ...subgraphEnv, PORT: String(paymentsPort) });
      await waitUntilReady(`http://127.0.0.1:${paymentsPort}/readyz`, started);
      return started;
    };
    payments = await startPayments();
    crm = spawnService('subgraphs/crm/src/main.ts', { ...subgraphEnv, PORT: String(crmPort) });
    await waitUntilReady(`http://127.0.0.1:${crmPort}/readyz`, crm);
    router = spawnService('router/src/main.ts', {
      PORT: String(routerPort),
      HOST: '127.0.0.1',
      AUTH_JWKS_URL: jwks,
      SUBGRAPH_AUTH_URL: `http://127.0.0.1:${authPort}/graphql`,
      SUBGRAPH_CRM_URL: `http://127.0.0.1:${crmPort}/graphql`,
      SUBGRAPH_PAYMENTS_URL: `http://127.0.0.1:${paymentsPort}/graphql`,
      BREAKER_FAILURES: '2',
      BREAKER_OPEN_MS: '500',
    });
    routerBase = `http://127.0.0.1:${routerPort}`;
    await waitUntilReady(`${routerBase}/readyz`, router);
    const signUp = await postGraphQL<{ signUp: { accessToken: string } }>(`${routerBase}/graphql`, 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      variables: { input: { organizationName: 'Degraded Brokerage', email: 'owner@degraded.example', password: 'long-enough-pass', displayName: 'Owner' } },
      headers: { 'x-forwarded-for': '198.51.100.61' },
    });
    if (!signUp.data) throw new Error(JSON.stringify(signUp.errors));
    token = signUp.data.signUp.accessToken;
    const created = await postGraphQL<{ createDeal: { deal: { id: string } } }>(`${routerBase}/graphql`, 'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }', {
      variables: { input: { title: 'Деградация', newClient: { kind: 'PERSON', firstName: 'Олег', lastName: 'Стойкий' } } },
      token,
    });
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    dealId = created.data.createDeal.deal.id;
  }, 180_000);

  afterAll(async () => {
    await router?.terminate();
    await payments?.terminate();
    await crm?.terminate();
    await auth?.terminate();
    await database?.drop();
    await vhost?.drop();
    await releaseBroker?.();
  });

  // `me` from Auth and a nullable root field from Payments (an unknown policy: null when Payments answers).
  const ask = () =>
    postGraphQL<{ me: { email: string }; policySchedule: unknown }>(`${routerBase}/graphql`, 'query($p: ID!) { me { email } policySchedule(policyId: $p) { version } }', {
      variables: { p: randomUUID() },
      token,
    });
  const dealCard = () =>
    postGraphQL<{ deal: { title: string; moneySummary: { premiumPlanned: { amount: string } } | null } }>(`${routerBase}/graphql`, 'query($id: ID!) { deal(id: $id) { title moneySummary { premiumPlanned { amount } } } }', {
      variables: { id: dealId },
      token,
    });
  const circuits = async () => ((await (await fetch(`${routerBase}/readyz`)).json()) as { subgraphs: Record<string, string> }).subgraphs;

  it('answers from both while both are up', async () => {
    const answer = await ask();
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ me: { email: 'owner@degraded.example' }, policySchedule: null });
    expect(await circuits()).toMatchObject({ auth: 'closed', payments: 'closed' });
    expect((await dealCard()).data?.deal).toEqual({ title: 'Деградация', moneySummary: { premiumPlanned: { amount: '0.00' } } });
  });

  it('with Payments stopped, still answers Auth’s part and names Payments, then opens its circuit', async () => {
    await payments.terminate();
    for (let i = 0; i < 2; i++) {
      const answer = await ask();
      expect(answer.data?.me).toEqual({ email: 'owner@degraded.example' });
      expect(answer.data?.policySchedule).toBeNull();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subgraph: 'payments' });
      expect(JSON.stringify(answer.errors)).not.toContain('127.0.0.1');
    }
    expect(await circuits()).toMatchObject({ auth: 'closed', payments: 'open' });
    // While open, the deal card answers at once with CRM's fields and no money summary.
    const card = await dealCard();
    expect(card.data?.deal).toEqual({ title: 'Деградация', moneySummary: null });
    expect(card.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subgraph: 'payments' });
    const healthz = await fetch(`${routerBase}/healthz`);
    expect(healthz.status).toBe(200);
  });

  it('closes the circuit once Payments is back', async () => {
    payments = await startPayments();
    await eventually(async () => {
      const answer = await ask();
      expect(answer.errors).toBeUndefined();
      expect(await circuits()).toMatchObject({ payments: 'closed' });
    }, 30_000, 250);
  });
});
