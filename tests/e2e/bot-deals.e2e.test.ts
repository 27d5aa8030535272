import { createRouterClient, openDbStorage, startBotRuntime } from '@crm/bot';
import { createLogger, dayIn, DEFAULT_TIME_ZONE } from '@crm/platform';
import { FAKE_BOT_INFO } from '@crm/subgraph-notifications/testing';
import { eventually } from './support/eventually';
import { buttonData, E2E_BOT_TOKEN, linkedTelegramUser, said, startBotTestSystem, type BotTestSystem, type TelegramUser } from './support/telegram-bot';
import { TEST_BOT_KEY } from './support/test-system';

const DEAL = `query($id: ID!) {
  deal(id: $id) { id version reviewDate client { id displayName phones }
    journal(includeSystem: false) { edges { node { kind text author { email } } } }
    policies { id } }
}`;
const SCHEDULE = 'query($policyId: ID!) { policySchedule(policyId: $policyId) { instalments { id dueDate paid { amount } outstanding { amount } } } }';
const rub = (amount: string) => ({ amount, currency: 'RUB' });

/** The organisation's day (Demo Brokerage: the default zone) `days` from now. */
function moscowDay(days = 0): string {
  return dayIn(DEFAULT_TIME_ZONE, new Date(Date.now() + days * 86_400_000));
}

type DealView = {
  id: string;
  version: number;
  reviewDate: string | null;
  client: { id: string; displayName: string; phones: string[] };
  journal: { edges: { node: { kind: string; text: string; author: { email: string } | null } }[] };
  policies: { id: string }[];
};

/** Issue 17's features end to end: each through the router's webhook, the CRM state checked through GraphQL. */
describe('Telegram bot: «На сегодня», journal notes, payments, quick deals', () => {
  let bots: BotTestSystem;
  let seller: string;
  let user: TelegramUser;
  let dealId: string;
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await bots.system.graphql<T>(query, variables, seller);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const readDeal = async (id = dealId) => (await call<{ deal: DealView }>(DEAL, { id })).deal;

  beforeAll(async () => {
    bots = await startBotTestSystem();
    seller = await bots.system.login('seller@demo.local');
    const created = await call<{ createDeal: { deal: { id: string } } }>('mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }', {
      input: { title: 'ОСАГО Сидоров', newClient: { kind: 'PERSON', firstName: 'Иван', lastName: 'Сидоров', phones: ['+7 916 111-22-33'] } },
    });
    dealId = created.createDeal.deal.id;
    user = await linkedTelegramUser(bots, seller, 777001);
  });
  afterAll(() => bots?.stop());

  it('«На сегодня» lists the deals due for review today; snoozes by a day and by a typed number of days', async () => {
    const deal = await readDeal();
    await call('mutation($input: SetDealReviewDateInput!) { setDealReviewDate(input: $input) { deal { id } } }', {
      input: { id: dealId, version: deal.version, reviewDate: moscowDay(), reason: 'e2e' },
    });
    const today = await user.send('На сегодня');
    expect(said(today)).toContain('1. ОСАГО Сидоров — Сидоров Иван');
    expect(today.flatMap((r) => r.buttons).find((b) => b.url)?.url).toMatch(new RegExp(`/deals/${dealId}$`));
    expect(said(await user.press(buttonData(today, '+1 день')))).toContain(`отложена до ${moscowDay(1)}`);
    expect((await readDeal()).reviewDate).toBe(moscowDay(1));
    expect(said(await user.send('На сегодня'))).toContain('сделок для проработки нет');

    expect(said(await user.press(buttonData(today, 'другой срок')))).toContain('На сколько дней');
    expect(said(await user.send('завтра'))).toContain('от 1 до 365');
    expect(said(await user.send('10'))).toContain(`отложена до ${moscowDay(10)}`);
    expect((await readDeal()).reviewDate).toBe(moscowDay(10));
  });

  it('adds a journal note to a deal found by search; another flow’s button leaves the one under way', async () => {
    expect(said(await user.send('Заметка к сделке'))).toContain('Выберите сделку');
    expect(said(await user.press(`deal:snooze-custom:${dealId}`))).toContain('На сколько дней');
    expect(said(await user.send('/cancel'))).toContain('Отменено');
    expect(said(await user.send('Сидоров'))).toContain('Выберите действие в меню');
    expect(said(await user.send('Заметка к сделке'))).toContain('Выберите сделку');
    const found = await user.send('Сидоров');
    expect(said(await user.press(buttonData(found, 'ОСАГО Сидоров')))).toContain('Напишите заметку');
    expect(said(await user.send('Клиент просит перезвонить после обеда'))).toContain('Заметка добавлена');
    expect((await readDeal()).journal.edges.map((e) => e.node)).toEqual([{ kind: 'NOTE', text: 'Клиент просит перезвонить после обеда', author: { email: 'seller@demo.local' } }]);
  });

  it('records a payment against an instalment in exact decimals; the API refuses more than outstanding and the bot records it only once confirmed', async () => {
    const { insurers } = await call<{ insurers: { id: string; products: { id: string }[] }[] }>('{ insurers { id products { id } } }');
    const insurer = insurers.find((i) => i.products.length > 0)!;
    await call('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } } }', {
      input: {
        dealId,
        number: 'BOT-E2E-1',
        insurerId: insurer.id,
        productId: insurer.products[0]!.id,
        startDate: '2031-01-01',
        endDate: '2031-12-31',
        premium: rub('2001.00'),
        instalments: ['2031-01-15', '2031-07-15'].map((dueDate) => ({ dueDate, amount: rub('1000.50') })),
        commissionRate: '0.1',
      },
    });
    const policyId = (await readDeal()).policies[0]!.id;
    await eventually(async () => expect((await call<{ policySchedule: { instalments: unknown[] } | null }>(SCHEDULE, { policyId })).policySchedule?.instalments).toHaveLength(2));

    const picking = await user.send('Платёж');
    const instalments = await user.press(buttonData(picking, 'ОСАГО Сидоров'));
    expect(said(instalments)).toContain('Выберите взнос');
    const amount = await user.press(buttonData(instalments, '2031-01-15'));
    expect(amount.flatMap((r) => r.buttons).map((b) => b.text)).toContain('Весь остаток: 1000.50');
    expect(said(await user.send('12,345'))).toContain('не больше двух знаков');
    // The API refuses more than is outstanding (ADR 0048); the bot asks, and another amount goes through.
    const over = await user.press(buttonData(await user.send('5000'), 'Наличные'));
    expect(said(over)).toContain('больше остатка по взносу (1000.50 RUB)');
    expect(said(await user.press(buttonData(over, 'другую сумму')))).toContain('Сколько получено');
    const again = await user.send('400,25');
    expect(said(await user.press(buttonData(again, 'Наличные')))).toContain('Платёж 400.25 RUB записан. Остаток по взносу: 600.25 RUB');

    // Confirmed, the overpayment is recorded (allowOverpayment) and the instalment shows OVERPAID.
    await user.press(buttonData(await user.press(buttonData(await user.send('Платёж'), 'ОСАГО Сидоров')), '2031-07-15'));
    const confirm = await user.press(buttonData(await user.send('1500'), 'Наличные'));
    expect(said(confirm)).toContain('больше остатка по взносу (1000.50 RUB)');
    expect(said(await user.press(buttonData(confirm, 'записать переплату')))).toContain('Платёж 1500.00 RUB записан. Остаток по взносу: 0.00 RUB');
    const { policySchedule } = await call<{ policySchedule: { instalments: { dueDate: string; paid: { amount: string }; outstanding: { amount: string } }[] } }>(SCHEDULE, { policyId });
    expect(policySchedule.instalments.map((i) => [i.dueDate, i.paid.amount, i.outstanding.amount])).toEqual([
      ['2031-01-15', '400.25', '600.25'],
      ['2031-07-15', '1500.00', '0.00'],
    ]);
  });

  it('quick deal: a client with the same phone is offered, and the deal goes to the existing client', async () => {
    expect(said(await user.send('Быстрая сделка'))).toContain('Имя клиента');
    await user.send('Сидоров Иван');
    await user.send('+7 916 111-22-33');
    const duplicate = await user.send('Хочет КАСКО на вторую машину');
    expect(said(duplicate)).toContain('такой клиент уже есть: Сидоров Иван');
    const created = await user.press(buttonData(duplicate, 'Взять: Сидоров Иван'));
    expect(said(created)).toContain('создана для клиента Сидоров Иван');
    const { deals } = await call<{ deals: { edges: { node: { id: string; client: { id: string } } }[] } }>('query { deals(filter: { search: "Сидоров Иван" }, first: 10) { edges { node { id client { id } } } } }');
    const clientId = (await readDeal()).client.id;
    const newDeal = deals.edges.map((e) => e.node).find((d) => d.id !== dealId)!;
    expect(newDeal.client.id).toBe(clientId);
    expect((await readDeal(newDeal.id)).journal.edges.map((e) => e.node.text)).toEqual(['Хочет КАСКО на вторую машину']);
  });

  it('a restarted bot (long polling) resumes a half-finished conversation from the database', async () => {
    await user.send('/deal');
    await user.send('Новиков Олег');
    expect(said(await user.send('+7 900 000-00-01'))).toContain('Заметка к сделке');

    // A second bot process: nothing in memory, the same storage and router.
    const restarted = await startBotRuntime({
      token: E2E_BOT_TOKEN,
      apiRoot: bots.api.apiRoot,
      botInfo: FAKE_BOT_INFO,
      router: createRouterClient({ url: bots.system.url, botServiceKey: TEST_BOT_KEY }),
      storage: await openDbStorage(bots.system.database),
      logger: createLogger({ name: 'e2e-bot' }),
      clock: () => new Date(),
    });
    // This one long-polls (as in `pnpm start` with a token): the fake Bot API serves the update from getUpdates.
    const before = bots.api.messages.length;
    await restarted.startPolling();
    bots.api.pushUpdate({
      update_id: 880001,
      message: { message_id: 880001, date: 0, chat: { id: user.id, type: 'private' }, from: { id: user.id, is_bot: false, first_name: 'S', language_code: 'ru' }, text: '-' },
    });
    await eventually(async () => expect(bots.api.messages.slice(before).map((m) => m.text).join('\n')).toContain('создана для клиента'));
    await restarted.stop();
    expect(bots.api.messages.slice(before).map((m) => m.text).join('\n')).toContain('создана для клиента Новиков Олег');
    const { deals } = await call<{ deals: { edges: { node: { id: string; client: { phones: string[] } } }[] } }>('query { deals(filter: { search: "Новиков" }, first: 10) { edges { node { id client { phones } } } } }');
    expect(deals.edges.map((e) => e.node.client.phones)).toEqual([['+7 900 000 00 01']]);
  });

  it('waits out a 429 from Telegram and still answers; a 403 (blocked) reply is logged, not fatal; English for an English-speaking user', async () => {
    bots.api.script(String(user.id), { status: 429, retryAfter: 1 });
    expect(said(await user.send('/tasks'))).toContain('Открытых задач нет');
    bots.api.script(String(user.id), { status: 403 });
    const blocked = await bots.deliver(
      { update_id: 880101, message: { message_id: 880101, date: 0, chat: { id: user.id, type: 'private' }, from: { id: user.id, is_bot: false, first_name: 'S' }, text: '/tasks' } },
      undefined,
      user.id,
    );
    expect(blocked.status).toBe(200);
    expect(said(await user.send('/tasks'))).toContain('Открытых задач нет');
    const english = bots.user(777002, 'en');
    expect(said(await english.send('/start'))).toContain('link your Telegram');
  });
});
