import { postGraphQL } from '@crm/platform/testing';
import { startTestSystem, TEST_BOT_KEY, type TestSystem } from './support/test-system';

const CREATE_CODE = 'mutation { createTelegramLinkCode { code } }';
const LINK = `mutation($input: LinkTelegramAccountInput!) { linkTelegramAccount(input: $input) { userId telegram { telegramUserId } } }`;
const TOKEN_FOR = `mutation($id: String!) { accessTokenForTelegramUser(input: { telegramUserId: $id }) { accessToken user { email organization { name } } } }`;

/** Issue 8, item 2: only the bot's service credential links Telegram accounts and acts for linked users. */
describe('Telegram linking through the router', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system?.stop());

  const asBot = <T>(query: string, variables: Record<string, unknown>, key = TEST_BOT_KEY) =>
    postGraphQL<T>(system.url, query, { variables, headers: { authorization: `Bot ${key}` } });

  it('links with the bot’s credential only, then lets the bot act as the linked user', async () => {
    const seller = await system.login('seller@demo.local');
    const { code } = (await system.graphql<{ createTelegramLinkCode: { code: string } }>(CREATE_CODE, {}, seller)).data!.createTelegramLinkCode;
    const input = { code, telegramUserId: '100200300' };

    const anonymous = await system.graphql(LINK, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const withUserToken = await system.graphql(LINK, { input }, seller);
    expect(withUserToken.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrongKey = await asBot(LINK, { input }, 'somebody-else-0123456789abcdef-xyz');
    expect(wrongKey.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const linked = await asBot<{ linkTelegramAccount: { telegram: { telegramUserId: string } } }>(LINK, { input });
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkTelegramAccount.telegram.telegramUserId).toBe('100200300');

    const access = await asBot<{ accessTokenForTelegramUser: { accessToken: string; user: unknown } }>(TOKEN_FOR, { id: '100200300' });
    expect(access.errors).toBeUndefined();
    expect(access.data!.accessTokenForTelegramUser.user).toEqual({ email: 'seller@demo.local', organization: { name: 'Demo Brokerage' } });
    const me = await system.graphql<{ me: { email: string } }>('{ me { email } }', {}, access.data!.accessTokenForTelegramUser.accessToken);
    expect(me.data?.me.email).toBe('seller@demo.local');
    expect((await system.graphql(TOKEN_FOR, { id: '100200300' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
