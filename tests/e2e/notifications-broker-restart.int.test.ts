import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { postGraphQL } from '@crm/platform/testing';
import { defaultTelegramConfig } from '@crm/subgraph-notifications';
import { startFakeBotApi, type FakeBotApi } from '@crm/subgraph-notifications/testing';
import { sql } from 'drizzle-orm';
import { eventually } from './support/eventually';
import { startTestSystem, TEST_BOT_KEY, type TestSystem } from './support/test-system';

const run = promisify(execFile);
const rabbitmqctl = (...args: string[]) => run('rabbitmqctl', args, { timeout: 120_000 });

const CREATE_CODE = 'mutation { createTelegramLinkCode { code } }';
const LINK = `mutation($input: LinkTelegramAccountInput!) { linkTelegramAccount(input: $input) { userId } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }`;
const CHAT = '700800901';
/** Assignments made before, while and after RabbitMQ is down. */
const BEFORE = 40;
const DURING = 20;
const AFTER = 20;
const TOTAL = BEFORE + DURING + AFTER;

jest.setTimeout(300_000);

/**
 * Issue 14: task assignments go through the whole system while RabbitMQ restarts in the middle of
 * them. Events committed during the outage wait in Tasks' outbox; deliveries cut off unacknowledged
 * come back and are deduplicated. In the end each assignment is one in-app notification and one
 * Telegram message to the fake Bot API: none lost, none twice.
 */
describe('Notifications across a RabbitMQ restart', () => {
  let system: TestSystem;
  let api: FakeBotApi;

  beforeAll(async () => {
    api = await startFakeBotApi(() => Date.now());
    system = await startTestSystem({
      brokerLock: 'exclusive',
      brokerLockWaitMs: 290_000,
      // Telegram's per-chat pace would make 80 messages to one chat take 80 s; the fake API has no limit.
      notificationsConfig: { telegram: { ...defaultTelegramConfig, botToken: '123:restart', apiRoot: api.apiRoot, webAppUrl: 'https://crm.example', perChatGapMs: 1, perSecond: 1_000 } },
    });
  });
  afterAll(async () => {
    // Whatever happened above, the shared broker must be left running.
    await rabbitmqctl('start_app').catch(() => undefined);
    await rabbitmqctl('await_startup').catch(() => undefined);
    await system?.stop();
    await api?.close();
  });

  const count = async (query: ReturnType<typeof sql>) =>
    ((await system.database.db.execute(sql`SELECT count(*)::int AS n FROM (${query}) AS counted`)) as unknown as { rows: { n: number }[] }).rows[0]!.n;

  it('turns every assignment made around a broker restart into exactly one notification and one Telegram message', async () => {
    const seller = await system.login('seller@demo.local');
    const executor = await system.login('executor@demo.local');
    const executorId = (await system.graphql<{ me: { id: string } }>('query { me { id } }', {}, executor)).data!.me.id;
    const { code } = (await system.graphql<{ createTelegramLinkCode: { code: string } }>(CREATE_CODE, {}, executor)).data!.createTelegramLinkCode;
    expect((await postGraphQL(system.url, LINK, { variables: { input: { code, telegramUserId: CHAT } }, headers: { authorization: `Bot ${TEST_BOT_KEY}` } })).errors).toBeUndefined();
    await eventually(async () => {
      const settings = await system.graphql<{ notificationSettings: { telegramActive: boolean } }>('query { notificationSettings { telegramActive } }', {}, executor);
      expect(settings.data?.notificationSettings.telegramActive).toBe(true);
    });
    const assign = async (n: number) => {
      const result = await system.graphql(CREATE_TASK, { input: { kind: 'OTHER', title: `Задача ${n}`, assigneeId: executorId } }, seller);
      expect(result.errors).toBeUndefined();
    };
    // Tasks may not have heard of the executor yet (auth.user.created): the first one is retried until it is taken.
    await eventually(() => assign(1), 30_000);
    for (let n = 2; n <= BEFORE; n++) await assign(n);

    // Stopped while the first assignments are still travelling: some are in flight, some not yet relayed.
    await rabbitmqctl('stop_app');
    // Committed while the broker is down: the mutations answer, the outbox holds the events.
    for (let n = BEFORE + 1; n <= BEFORE + DURING; n++) await assign(n);
    await rabbitmqctl('start_app');
    await rabbitmqctl('await_startup');
    for (let n = BEFORE + DURING + 1; n <= TOTAL; n++) await assign(n);

    const assigned = sql`SELECT 1 FROM notifications.notifications WHERE kind = 'TASK_ASSIGNED' AND recipient_id = ${executorId}`;
    const sent = sql`SELECT 1 FROM notifications.telegram_deliveries WHERE status = 'SENT' AND chat_id = ${CHAT}`;
    await eventually(
      async () => {
        expect(await count(assigned)).toBe(TOTAL);
        expect(await count(sent)).toBe(TOTAL);
        expect(api.messages.filter((m) => m.chatId === CHAT)).toHaveLength(TOTAL);
      },
      240_000,
      250,
    );

    expect(await count(sql`SELECT DISTINCT task_id FROM notifications.notifications WHERE kind = 'TASK_ASSIGNED' AND recipient_id = ${executorId}`)).toBe(TOTAL);
    expect(await count(sql`SELECT 1 FROM notifications.telegram_deliveries WHERE chat_id = ${CHAT}`)).toBe(TOTAL);
    const texts = api.messages.filter((m) => m.chatId === CHAT).map((m) => m.text);
    expect(new Set(texts).size).toBe(TOTAL);
    expect(new Set(texts)).toEqual(new Set(Array.from({ length: TOTAL }, (_, i) => `Вам назначена задача\n«Задача ${i + 1}»`)));
  });
});
