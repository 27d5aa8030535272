import { testMode } from '@crm/platform/testing';
import { eventually } from './support/eventually';
import { liveClient, type LiveClient } from './support/live-client';
import { startTestSystem, type TestSystem } from './support/test-system';

// Issue 12: live deal updates over graphql-ws, fed by the bus, each event's selection run as a query
// with the subscriber's identity. Runs in both modes (in-process bus; real RabbitMQ when distributed).

interface DealCard {
  id: string;
  title: string;
  version: number;
  calculationsCount: number;
  moneySummary: { premiumPaid: { amount: string } };
  tasks: { edges: { node: { title: string } }[] };
}
interface DealChanged {
  dealChanged: { kind: string; eventId: string; actorId: string | null; deal: DealCard };
}

const DEAL_CARD = `subscription Card($id: ID!) {
  dealChanged(id: $id) {
    kind
    eventId
    actorId
    deal { id title version calculationsCount moneySummary { premiumPaid { amount } } tasks(first: 10) { edges { node { title } } } }
  }
}`;
const MY_DEALS = `subscription { myDealsChanged { kind deal { id title } } }`;
const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id version } } }`;
const ME = '{ me { id } }';

const rub = (amount: string) => ({ amount, currency: 'RUB' });

describe('live deal updates (graphql-ws on the router)', () => {
  let system: TestSystem;
  let seller: string;
  let executor: string;
  let executorId: string;
  let dealId: string;
  const clients: LiveClient[] = [];

  const call = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const result = await system.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const connect = (token: string) => {
    const client = liveClient(system.url, token);
    clients.push(client);
    return client;
  };
  const newDeal = async (title: string, token = seller) =>
    (await call<{ createDeal: { deal: { id: string; version: number } } }>(CREATE_DEAL, { input: { title, newClient: { kind: 'PERSON', firstName: 'Ива', lastName: title } } }, token)).createDeal.deal;
  const liveCounter = async (name: string) => {
    const text = await (await fetch(system.url.replace(/\/graphql$/, '/metrics'))).text();
    return Number(new RegExp(`live_subscription_events_total\\{[^}]*counter="${name}"[^}]*\\} (\\d+)`).exec(text)?.[1] ?? 0);
  };
  const otherOrganisation = async () =>
    (
      await call<{ signUp: { accessToken: string } }>(
        'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
        { input: { organizationName: 'Другой брокер', email: `other-${Date.now()}@other.local`, password: 'other password 1', displayName: 'Other' } },
        '',
      )
    ).signUp.accessToken;

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    executor = await system.login('executor@demo.local');
    executorId = (await call<{ me: { id: string } }>(ME, {}, executor)).me.id;
    dealId = (await newDeal('Живая сделка')).id;
    await call('mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }', { input: { dealId, userId: executorId } }, seller);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await system?.stop();
  });

  it('the seller watching a card receives the executor’s calculation and a recorded payment, cross-subgraph fields already updated', async () => {
    const live = connect(seller).subscribe<DealChanged>(DEAL_CARD, { id: dealId });
    // Subscribed once a first event arrives: a task on the deal (Tasks' field on the card).
    await eventually(async () => {
      await call('mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }', { input: { kind: 'CALCULATION', title: 'Рассчитать КАСКО', dealId } }, seller);
      expect(live.results.length).toBeGreaterThan(0);
    });
    await eventually(async () => expect(live.results.at(-1)?.data?.dealChanged.deal.tasks.edges.map((e) => e.node.title)).toContain('Рассчитать КАСКО'));

    const { insurers } = await call<{ insurers: { id: string; products: { id: string }[] }[] }>('{ insurers { id products { id } } }', {}, executor);
    const insurer = insurers.find((i) => i.products.length > 0)!;
    await call('mutation($input: AddCalculationInput!) { addCalculation(input: $input) { calculation { id } } }', { input: { dealId, insurerId: insurer.id, productId: insurer.products[0]!.id, premium: rub('50000.00') } }, executor);
    const calculated = await eventually(async () => {
      const event = live.results.find((r) => r.data?.dealChanged.kind === 'CALCULATION_CHANGED')?.data?.dealChanged;
      expect(event).toBeDefined();
      return event!;
    });
    expect(calculated).toMatchObject({ actorId: executorId, deal: { id: dealId, calculationsCount: 1 } });

    await call('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } } }', {
      input: { dealId, number: 'LIVE-1', insurerId: insurer.id, productId: insurer.products[0]!.id, startDate: '2031-01-01', endDate: '2031-12-31', premium: rub('50000.00'), instalments: [{ dueDate: '2031-01-15', amount: rub('50000.00') }], commissionRate: '0.1' },
    }, executor);
    const instalment = await eventually(async () => {
      const { deal } = await call<{ deal: { policies: { schedule: { instalments: { id: string; version: number }[] } | null }[] } }>(
        'query($id: ID!) { deal(id: $id) { policies { schedule { instalments { id version } } } } }',
        { id: dealId },
        seller,
      );
      const found = deal.policies[0]?.schedule?.instalments[0];
      expect(found).toBeDefined();
      return found!;
    });
    await call('mutation($input: RecordInstalmentPaymentInput!) { recordInstalmentPayment(input: $input) { instalment { status } } }', {
      input: { instalmentId: instalment.id, version: instalment.version, amount: '50000.00', paidOn: '2031-01-15', method: 'BANK_TRANSFER' },
    }, seller);
    // Paid is Payments' field on the CRM deal, updated only by this payment. The event that brings it may be
    // PAYMENT_CHANGED or, when it waited behind a running execution, the journal entry CRM writes for the
    // payment right after (a burst for one deal is coalesced: the latest wins).
    await eventually(async () => expect(live.results.some((r) => r.data?.dealChanged.deal.moneySummary.premiumPaid.amount === '50000.00')).toBe(true));
    expect(live.results.every((r) => r.errors === undefined)).toBe(true);
    live.dispose();
  });

  it('another organisation’s events are never delivered, its own are', async () => {
    const outsider = await otherOrganisation();
    const mine = connect(outsider).subscribe<{ myDealsChanged: { kind: string; deal: { id: string; title: string } } }>(MY_DEALS);
    const own = connect(seller).subscribe<{ myDealsChanged: { kind: string; deal: { id: string; title: string } } }>(MY_DEALS);
    // Both subscribed once each sees its own organisation's new deal.
    const [ownDeal] = await Promise.all([
      eventually(async () => {
        const deal = await newDeal(`Чужая ${Date.now()}`, outsider);
        await eventually(async () => expect(mine.results.map((r) => r.data?.myDealsChanged.deal.id)).toContain(deal.id), 2_000);
        return deal;
      }),
      eventually(async () => {
        const deal = await newDeal(`Своя ${Date.now()}`);
        await eventually(async () => expect(own.results.map((r) => r.data?.myDealsChanged.deal.id)).toContain(deal.id), 2_000);
      }),
    ]);
    const before = own.results.length;
    await newDeal(`После ${Date.now()}`);
    await eventually(async () => expect(own.results.length).toBeGreaterThan(before));
    expect(mine.results.map((r) => r.data?.myDealsChanged.deal.id).every((id) => id === ownDeal.id)).toBe(true);
    expect(own.results.map((r) => r.data?.myDealsChanged.deal.id)).not.toContain(ownDeal.id);
    // The seller's `myDealsChanged` would run for every later deal of theirs too (the burst below counts executions).
    mine.dispose();
    own.dispose();
  });

  it('a deal the caller cannot see is refused at subscribe', async () => {
    const outsider = await otherOrganisation();
    const refused = connect(outsider).subscribe(DEAL_CARD, { id: dealId });
    const outcome = await refused.ended;
    expect(JSON.stringify(outcome)).toContain('FORBIDDEN');
    expect(refused.results).toEqual([]);
  });

  it('losing access mid-subscription completes it with FORBIDDEN', async () => {
    const watched = (await newDeal('Потеря доступа')).id;
    await call('mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }', { input: { dealId: watched, userId: executorId } }, seller);
    const live = connect(executor).subscribe<DealChanged>('subscription($id: ID!) { dealChanged(id: $id) { kind deal { id title } } }', { id: watched });
    // Subscribed once a note by the seller is delivered; then the seller removes the executor.
    await eventually(async () => {
      await call('mutation($input: AddJournalEntryInput!) { addJournalEntry(input: $input) { entry { id } } }', { input: { dealId: watched, kind: 'NOTE', text: 'до' } }, seller);
      expect(live.results.length).toBeGreaterThan(0);
    });
    await call('mutation($input: DealParticipantInput!) { removeDealParticipant(input: $input) { deal { id } } }', { input: { dealId: watched, userId: executorId } }, seller);
    expect(await live.ended).toEqual({ completed: true });
    expect(live.results.at(-1)?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(live.results.slice(0, -1).every((r) => r.data?.dealChanged.deal.id === watched)).toBe(true);
  });

  it('admins sharing one execution per event (ADR 0074) get the same card; an executor watching it keeps their own answer and is refused once removed, while the admins keep receiving', async () => {
    const admin = await system.login('admin@demo.local');
    const { inviteUser } = await call<{ inviteUser: { inviteToken: string } }>('mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteToken } }', { input: { email: `live-admin-${Date.now()}@demo.local`, displayName: 'Второй админ', roles: ['ADMIN'] } }, admin);
    const { acceptInvite } = await call<{ acceptInvite: { accessToken: string } }>('mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken } }', { input: { token: inviteUser.inviteToken, password: 'second admin 1' } }, '');
    const watched = (await newDeal('Общая карточка')).id;
    await call('mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }', { input: { dealId: watched, userId: executorId } }, seller);
    const card = 'subscription($id: ID!) { dealChanged(id: $id) { kind eventId deal { id title version } } }';
    const admins = [admin, acceptInvite.accessToken].map((token) => connect(token).subscribe<DealChanged>(card, { id: watched }));
    const participant = connect(executor).subscribe<DealChanged>(card, { id: watched });
    const note = (text: string) => call('mutation($input: AddJournalEntryInput!) { addJournalEntry(input: $input) { entry { id } } }', { input: { dealId: watched, kind: 'NOTE', text } }, seller);
    await eventually(async () => {
      await note('до');
      expect([...admins, participant].every((live) => live.results.length > 0)).toBe(true);
    });

    await call('mutation($input: DealParticipantInput!) { removeDealParticipant(input: $input) { deal { id } } }', { input: { dealId: watched, userId: executorId } }, seller);
    expect(await participant.ended).toEqual({ completed: true });
    expect(participant.results.at(-1)?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const refusedAt = participant.results.length;
    const seen = admins.map((live) => live.results.length);
    await note('после');
    // Both admins hear of the note after the removal, with one and the same card.
    const after = (live: (typeof admins)[number], i: number) => live.results.slice(seen[i]).filter((r) => r.data?.dealChanged.kind === 'JOURNAL_ENTRY_ADDED');
    const [first, second] = await eventually(async () => {
      const both = admins.map(after).map((results) => results.at(-1));
      expect(both[0]?.data?.dealChanged.eventId).toBeDefined();
      expect(both[1]?.data?.dealChanged.eventId).toBe(both[0]?.data?.dealChanged.eventId);
      return both;
    });
    expect(first).toEqual(second);
    expect(first?.data?.dealChanged.deal).toMatchObject({ id: watched, title: 'Общая карточка' });
    expect(participant.results).toHaveLength(refusedAt);
  });

  it('a voided token closes the socket with 4403', async () => {
    const session = await call<{ login: { accessToken: string; refreshToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
      { input: { email: 'seller@demo.local', password: 'demo12345' } },
      '',
    );
    const client = connect(session.login.accessToken);
    const live = client.subscribe(MY_DEALS);
    await call('mutation($t: String!) { logout(input: { refreshToken: $t }) { loggedOut } }', { t: session.login.refreshToken }, '');
    expect(await client.closed).toBe(4403);
    await live.ended;
  });

  it('a new notification reaches only its recipient, read as the recipient (text in their language)', async () => {
    type Added = { notificationAdded: { eventId: string; actorId: string | null; notification: { id: string; kind: string; title: string; task: { id: string; title: string } | null } } };
    const NOTIFICATION_ADDED = 'subscription { notificationAdded { eventId actorId notification { id kind title task { id title } } } }';
    const admin = await system.login('admin@demo.local');
    const adminId = (await call<{ me: { id: string } }>(ME, {}, admin)).me.id;
    const sellerId = (await call<{ me: { id: string } }>(ME, {}, seller)).me.id;
    const executorFeed = connect(executor).subscribe<Added>(NOTIFICATION_ADDED);
    const sellerFeed = connect(seller).subscribe<Added>(NOTIFICATION_ADDED);
    const adminFeed = connect(admin).subscribe<Added>(NOTIFICATION_ADDED);
    const assign = (title: string, assigneeId: string) =>
      call<{ createTask: { task: { id: string } } }>('mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }', { input: { kind: 'OTHER', title, assigneeId } }, seller);
    // Subscribed once an assignment the seller makes reaches the executor.
    const task = await eventually(async () => {
      const created = (await assign(`Позвонить ${Date.now()}`, executorId)).createTask.task;
      await eventually(async () => expect(executorFeed.results.map((r) => r.data?.notificationAdded.notification.task?.id)).toContain(created.id), 2_000);
      return created;
    });
    const received = executorFeed.results.find((r) => r.data?.notificationAdded.notification.task?.id === task.id)!.data!.notificationAdded;
    expect(received).toMatchObject({ actorId: sellerId, notification: { kind: 'TASK_ASSIGNED' } });
    expect(received.notification.title).toMatch(/[а-яё]/i);
    // The admin's own assignment proves its subscription was live while the executor's arrived.
    const adminTask = await eventually(async () => {
      const created = (await assign(`Админу ${Date.now()}`, adminId)).createTask.task;
      await eventually(async () => expect(adminFeed.results.map((r) => r.data?.notificationAdded.notification.task?.id)).toContain(created.id), 2_000);
      return created;
    });
    expect(adminFeed.results.every((r) => r.data?.notificationAdded.notification.task?.id !== task.id)).toBe(true);
    expect(executorFeed.results.every((r) => r.data?.notificationAdded.notification.task?.id !== adminTask.id)).toBe(true);
    // The seller made every change: nobody is notified of their own action.
    expect(sellerFeed.results).toEqual([]);
    expect([...executorFeed.results, ...adminFeed.results].every((r) => r.errors === undefined)).toBe(true);
  });

  it('a burst of 100 events for one deal reaches a subscriber as far fewer executions, ending with the latest state', async () => {
    const deal = await newDeal('Пачка');
    const note = (text: string) => call('mutation($input: AddJournalEntryInput!) { addJournalEntry(input: $input) { entry { id } } }', { input: { dealId: deal.id, kind: 'NOTE', text } }, seller);
    const live = connect(seller).subscribe<{ dealChanged: { deal: { journal: { edges: { node: { text: string } }[] } } } }>(
      'subscription($id: ID!) { dealChanged(id: $id) { deal { journal(first: 100, includeSystem: false) { edges { node { text } } } } } }',
      { id: deal.id },
    );
    // Subscribed once a task on the deal (no journal note) is delivered.
    await eventually(async () => {
      await call('mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }', { input: { kind: 'CALCULATION', title: 'Прогрев', dealId: deal.id } }, seller);
      expect(live.results.length).toBeGreaterThan(0);
    });
    const executionsBefore = await liveCounter('executions');
    await Promise.all(Array.from({ length: 100 }, (_, i) => note(`пачка ${i}`)));
    await eventually(async () => expect(live.results.at(-1)?.data?.dealChanged.deal.journal.edges.length).toBe(100));
    const executions = (await liveCounter('executions')) - executionsBefore;
    // The burst's subscriber is the only one watching this deal (executions are counted for the whole router).
    // With RabbitMQ the relay publishes the committed notes in batches: a true burst, coalesced into a few
    // executions (5–6 seen). Embedded, PGlite commits one note at a time and the relay passes each on as it
    // lands, so events arrive about as fast as one execution runs: fewer executions than events (51 seen
    // under CI load; 102 once when the seller's `myDealsChanged` above was still open and counted too).
    // The hub's coalescing of a true burst is also pinned in live-hub.test.ts.
    expect(executions).toBeLessThan(testMode() === 'distributed' ? 50 : 100);
    const lengths = live.results.map((r) => r.data!.dealChanged.deal.journal.edges.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });
});

describe('live updates and token expiry', () => {
  let system: TestSystem;
  afterAll(() => system?.stop());

  it('an expired access token closes the socket with 4403', async () => {
    system = await startTestSystem({ authConfig: { accessTokenTtlSeconds: 3 } });
    const client = liveClient(system.url, await system.login('seller@demo.local'));
    const live = client.subscribe(MY_DEALS);
    expect(await client.closed).toBe(4403);
    await live.ended;
    await client.dispose();
  });
});
