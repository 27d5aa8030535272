import { createTestDatabase, createTestVhost, lockBroker, postGraphQL, type TestDatabase, type TestVhost } from '@crm/platform/testing';
import { startFakeBotApi, type FakeBotApi } from '@crm/subgraph-notifications/testing';
import { freePort, spawnService, waitUntilReady, type SpawnedService } from './support/spawn-service';

const BOT_KEY = 'int-bot-service-key-0123456789abcdef';
const SECRET = 'int-telegram-webhook-secret-0123';

/**
 * The bot as deployed: its own process behind the router's `/telegram/webhook` (Auth, Notifications, the
 * router and the bot each started from their `main.ts` with environment variables only), on real PostgreSQL.
 */
describe('distributed mode: the Telegram bot process behind the router’s webhook', () => {
  let database: TestDatabase;
  let vhost: TestVhost;
  let releaseBroker: () => Promise<void>;
  let api: FakeBotApi;
  const services: SpawnedService[] = [];
  let routerUrl: string;

  beforeAll(async () => {
    releaseBroker = await lockBroker('shared');
    database = await createTestDatabase();
    vhost = await createTestVhost();
    api = await startFakeBotApi(() => Date.now());
    const [authPort, notificationsPort, crmPort, routerPort, botPort] = [await freePort(), await freePort(), await freePort(), await freePort(), await freePort()];
    const jwks = `http://127.0.0.1:${authPort}/.well-known/jwks.json`;
    const subgraph = { HOST: '127.0.0.1', DATABASE_URL: database.url!, AMQP_URL: vhost.url, AUTH_JWKS_URL: jwks };
    const start = async (entry: string, env: Record<string, string>, ready: string) => {
      const service = spawnService(entry, env);
      services.push(service);
      await waitUntilReady(ready, service);
    };
    await start('subgraphs/auth/src/main.ts', { ...subgraph, PORT: String(authPort), BOT_SERVICE_KEY: BOT_KEY }, `http://127.0.0.1:${authPort}/readyz`);
    await start('subgraphs/notifications/src/main.ts', { ...subgraph, PORT: String(notificationsPort) }, `http://127.0.0.1:${notificationsPort}/readyz`);
    // The bot reads the organisation's time zone from CRM's settings on every update.
    await start('subgraphs/crm/src/main.ts', { ...subgraph, PORT: String(crmPort) }, `http://127.0.0.1:${crmPort}/readyz`);
    await start(
      'router/src/main.ts',
      {
        PORT: String(routerPort),
        HOST: '127.0.0.1',
        AUTH_JWKS_URL: jwks,
        SUBGRAPH_AUTH_URL: `http://127.0.0.1:${authPort}/graphql`,
        SUBGRAPH_NOTIFICATIONS_URL: `http://127.0.0.1:${notificationsPort}/graphql`,
        SUBGRAPH_CRM_URL: `http://127.0.0.1:${crmPort}/graphql`,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        BOT_URL: `http://127.0.0.1:${botPort}/updates`,
      },
      `http://127.0.0.1:${routerPort}/readyz`,
    );
    routerUrl = `http://127.0.0.1:${routerPort}`;
    await start(
      'bot/src/main.ts',
      {
        PORT: String(botPort),
        HOST: '127.0.0.1',
        TELEGRAM_BOT_TOKEN: '7000001:int-test-token',
        TELEGRAM_API_ROOT: api.apiRoot,
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        BOT_SERVICE_KEY: BOT_KEY,
        ROUTER_URL: `${routerUrl}/graphql`,
        DATABASE_URL: database.url!,
      },
      `http://127.0.0.1:${botPort}/healthz`,
    );
  }, 240_000);

  afterAll(async () => {
    for (const service of services.reverse()) await service.terminate();
    await api?.close();
    await database?.drop();
    await vhost?.drop();
    await releaseBroker?.();
  });

  const send = async (updateId: number, text: string, secret = SECRET) => {
    const before = api.messages.length;
    const response = await fetch(`${routerUrl}/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body: JSON.stringify({ update_id: updateId, message: { message_id: updateId, date: 0, chat: { id: 424242, type: 'private' }, from: { id: 424242, is_bot: false, first_name: 'Int', language_code: 'ru' }, text, ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}) } }),
    });
    return { status: response.status, texts: api.messages.slice(before).map((m) => m.text) };
  };

  it('answers an unlinked user with instructions, once per update id; a wrong secret reaches nothing', async () => {
    expect(await send(1, '/start', 'wrong-secret-wrong-secret-000')).toEqual({ status: 401, texts: [] });
    const first = await send(2, '/start');
    expect(first.status).toBe(200);
    expect(first.texts.join('\n')).toContain('/start КОД');
    expect(await send(2, '/start')).toEqual({ status: 200, texts: [] });
  });

  it('links the Telegram account by a code from the web app', async () => {
    const signUp = await postGraphQL<{ signUp: { accessToken: string } }>(
      `${routerUrl}/graphql`,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { variables: { input: { organizationName: 'Bot Brokerage', email: 'owner@bot.example', password: 'long-enough-pass', displayName: 'Bot Owner' } }, headers: { 'x-forwarded-for': '10.17.0.2' } },
    );
    const token = signUp.data!.signUp.accessToken;
    const code = await postGraphQL<{ createTelegramLinkCode: { code: string } }>(`${routerUrl}/graphql`, 'mutation { createTelegramLinkCode { code } }', { token });
    const linked = await send(3, `/start ${code.data!.createTelegramLinkCode.code}`);
    expect(linked.texts.join('\n')).toContain('Готово, Bot Owner! Telegram привязан');
    const me = await postGraphQL<{ me: { telegram: { telegramUserId: string } | null } }>(`${routerUrl}/graphql`, '{ me { telegram { telegramUserId } } }', { token });
    expect(me.data?.me.telegram).toEqual({ telegramUserId: '424242' });
  });
});
