import { postGraphQL } from '@crm/platform/testing';
import { defaultTelegramConfig } from '@crm/subgraph-notifications';
import { startFakeBotApi, type FakeBotApi } from '@crm/subgraph-notifications/testing';
import { eventually } from './support/eventually';
import { startTestSystem, TEST_BOT_KEY, type TestSystem } from './support/test-system';

const CREATE_CODE = 'mutation { createTelegramLinkCode { code } }';
const LINK = `mutation($input: LinkTelegramAccountInput!) { linkTelegramAccount(input: $input) { userId } }`;
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }`;
const DELIVERY = `query { notifications(first: 5) { edges { node { kind telegramDelivery { status reason attempts } } } } }`;

/** A task assigned through the router reaches the assignee's linked Telegram chat (a local fake Bot API), once. */
describe('Telegram notifications through the router', () => {
  let system: TestSystem;
  let api: FakeBotApi;

  beforeAll(async () => {
    api = await startFakeBotApi(() => Date.now());
    system = await startTestSystem({ notificationsConfig: { telegram: { ...defaultTelegramConfig, botToken: '123:e2e', apiRoot: api.apiRoot, webAppUrl: 'https://crm.example' } } });
  });
  afterAll(async () => {
    await system?.stop();
    await api?.close();
  });

  it('links the executor through Auth, and an assignment by the seller sends exactly one message to that chat, status SENT', async () => {
    const seller = await system.login('seller@demo.local');
    const executor = await system.login('executor@demo.local');
    const executorId = (await system.graphql<{ me: { id: string } }>('query { me { id } }', {}, executor)).data!.me.id;
    const { code } = (await system.graphql<{ createTelegramLinkCode: { code: string } }>(CREATE_CODE, {}, executor)).data!.createTelegramLinkCode;
    const linked = await postGraphQL(system.url, LINK, { variables: { input: { code, telegramUserId: '700800900' } }, headers: { authorization: `Bot ${TEST_BOT_KEY}` } });
    expect(linked.errors).toBeUndefined();

    // auth.telegram.linked travels through the bus; a task assigned before it arrives would be in-app only.
    await eventually(async () => {
      const settings = await system.graphql<{ notificationSettings: { telegramActive: boolean } }>('query { notificationSettings { telegramActive } }', {}, executor);
      expect(settings.data?.notificationSettings.telegramActive).toBe(true);
    });
    // Tasks may not have heard of the executor yet (auth.user.created), hence the retry; a refused call notifies nobody.
    await eventually(async () => expect((await system.graphql(CREATE, { input: { kind: 'CALCULATION', title: 'Рассчитать КАСКО', assigneeId: executorId } }, seller)).errors).toBeUndefined());
    await eventually(async () => {
      const result = await system.graphql<{ notifications: { edges: { node: { telegramDelivery: { status: string } | null } }[] } }>(DELIVERY, {}, executor);
      expect(result.data!.notifications.edges[0]?.node.telegramDelivery?.status).toBe('SENT');
    });
    const toChat = api.messages.filter((m) => m.chatId === '700800900');
    expect(toChat).toHaveLength(1);
    expect(toChat[0]!.text).toBe('Вам назначена задача\n«Рассчитать КАСКО»');
    expect(api.messages.every((m) => m.chatId === '700800900')).toBe(true);
  });
});
