import { postGraphQL } from '@crm/platform/testing';
import { eventually } from './support/eventually';
import { DEMO_PASSWORD, startTestSystem, type TestSystem } from './support/test-system';

const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`;
const ADD_PARTICIPANT = `mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }`;
const DEAL_FOLDERS = `query($id: ID!) { deal(id: $id) { documentsFolder { folders { id section } } } }`;
const REQUEST_UPLOAD = `mutation($input: RequestUploadInput!) { requestUpload(input: $input) { url } }`;
const USERS = `query { users { edges { node { id email version } } } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteToken } }`;
const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken } }`;
const SET_ROLES = `mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { user { id roles } } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const INBOX = `query($kind: [NotificationKind!]) { notifications(first: 20, filter: { kind: $kind }) { edges { node { kind title body deal { id } } } } }`;

interface Item {
  kind: string;
  title: string;
  body: string;
  deal: { id: string } | null;
}

const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

/** Issue 14's rows beyond tasks and money: a file in a deal, roles changed, a new API key, a sign-in from a new device. */
describe('notifications of files, roles, API keys and new devices through the router', () => {
  let system: TestSystem;
  let origin: string;
  let admin: string;
  let seller: string;
  let executor: string;
  let secondAdmin: string;

  const call = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const result = await system.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const inbox = async (token: string, kind: string) => (await call<{ notifications: { edges: { node: Item }[] } }>(INBOX, { kind: [kind] }, token)).notifications.edges.map((e) => e.node);
  const userNamed = async (email: string) => (await call<{ users: { edges: { node: { id: string; email: string; version: number } }[] } }>(USERS, {}, admin)).users.edges.map((e) => e.node).find((u) => u.email === email)!;
  const loginAs = async (email: string, userAgent?: string) => {
    const result = await postGraphQL<{ login: { accessToken: string } }>(system.url, LOGIN, { variables: { input: { email, password: DEMO_PASSWORD } }, ...(userAgent ? { headers: { 'user-agent': userAgent } } : {}) });
    if (!result.data) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.accessToken;
  };

  beforeAll(async () => {
    system = await startTestSystem();
    origin = system.url.replace(/\/graphql$/, '');
    admin = await system.login('admin@demo.local');
    seller = await system.login('seller@demo.local');
    executor = await system.login('executor@demo.local');
    // A second admin, early: Notifications learns of admins from auth.user.created.
    const { inviteUser } = await call<{ inviteUser: { inviteToken: string } }>(INVITE, { input: { email: 'admin2@demo.local', displayName: 'Second Admin', roles: ['ADMIN'] } }, admin);
    secondAdmin = (await call<{ acceptInvite: { accessToken: string } }>(ACCEPT, { input: { token: inviteUser.inviteToken, password: DEMO_PASSWORD } })).acceptInvite.accessToken;
  });
  afterAll(() => system?.stop());

  it("a file added to a deal's folder reaches its owner and participant, never the one who uploaded it", async () => {
    const executorId = (await userNamed('executor@demo.local')).id;
    const dealId = (await call<{ createDeal: { deal: { id: string } } }>(CREATE_DEAL, { input: { title: 'КАСКО Файлов', newClient: { kind: 'PERSON', firstName: 'Пётр', lastName: 'Файлов', phones: ['+7 903 111-22-44'], emails: [] } } }, seller)).createDeal.deal.id;
    await eventually(async () => call(ADD_PARTICIPANT, { input: { dealId, userId: executorId } }, seller));
    // The participant sees the deal's folders once Documents has heard of the change; the executor uploads first, then the seller.
    const folderId = await eventually(async () => {
      const { deal } = await call<{ deal: { documentsFolder: { folders: { id: string; section: string }[] } } }>(DEAL_FOLDERS, { id: dealId }, executor);
      const found = deal.documentsFolder.folders.find((f) => f.section === 'CLIENT_DOCUMENTS');
      expect(found).toBeDefined();
      return found!.id;
    });
    const upload = async (token: string, name: string) => {
      const { requestUpload } = await call<{ requestUpload: { url: string } }>(REQUEST_UPLOAD, { input: { folderId, name } }, token);
      const response = await fetch(`${origin}${requestUpload.url}`, { method: 'PUT', body: Buffer.from(`%PDF-1.4\n${name}`), headers: { 'content-type': 'application/pdf' } });
      expect(response.status).toBe(201);
    };

    await upload(executor, 'Паспорт.pdf');
    const toOwner = await eventually(async () => {
      const items = await inbox(seller, 'FILE_ADDED');
      expect(items).toHaveLength(1);
      return items;
    });
    expect(toOwner).toEqual([{ kind: 'FILE_ADDED', title: 'Добавлен файл', body: '«КАСКО Файлов»: Паспорт.pdf', deal: { id: dealId } }]);

    await upload(seller, 'Заявление.pdf');
    const toParticipant = await eventually(async () => {
      const items = await inbox(executor, 'FILE_ADDED');
      expect(items).toHaveLength(1);
      return items;
    });
    expect(toParticipant.map((n) => n.body)).toEqual(['«КАСКО Файлов»: Заявление.pdf']);
    expect((await inbox(seller, 'FILE_ADDED')).map((n) => n.body)).toEqual(['«КАСКО Файлов»: Паспорт.pdf']);
  });

  it("an API key created by one admin reaches the organisation's other admin, not its creator nor a seller", async () => {
    await call(CREATE_KEY, { input: { name: 'Лидогенератор' } }, admin);
    const items = await eventually(async () => {
      const found = await inbox(secondAdmin, 'API_KEY_CREATED');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(items[0]).toMatchObject({ title: 'Создан ключ API', body: '«Лидогенератор» действует от имени организации' });
    expect(await inbox(admin, 'API_KEY_CREATED')).toEqual([]);
    expect(await inbox(seller, 'API_KEY_CREATED')).toEqual([]);
  });

  it('a sign-in from a browser the user never used tells them once; signing in from it again does not', async () => {
    await loginAs('executor@demo.local', PHONE);
    const token = await loginAs('executor@demo.local', PHONE);
    const items = await eventually(async () => {
      const found = await inbox(token, 'NEW_DEVICE_LOGIN');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(items[0]!.title).toBe('Вход с нового устройства');
    expect(items[0]!.body.startsWith(`${PHONE}, адрес `)).toBe(true);
    // The first sign-in the system knows of (the test's own client) was no news.
    expect(await inbox(seller, 'NEW_DEVICE_LOGIN')).toEqual([]);
  });

  it('roles an admin changes reach that user (after signing in again), not the admin', async () => {
    const target = await userNamed('seller@demo.local');
    await call(SET_ROLES, { input: { userId: target.id, roles: ['SELLER', 'EXECUTOR'], version: target.version } }, admin);
    // The change voids the seller's tokens: a fresh sign-in reads the inbox.
    const reSignedIn = await eventually(async () => {
      const token = await system.login('seller@demo.local');
      expect(await inbox(token, 'ROLES_CHANGED')).toHaveLength(1);
      return token;
    });
    expect(await inbox(reSignedIn, 'ROLES_CHANGED')).toEqual([{ kind: 'ROLES_CHANGED', title: 'Ваши роли изменены', body: 'Теперь: продавец, исполнитель', deal: null }]);
    expect(await inbox(admin, 'ROLES_CHANGED')).toEqual([]);
  });
});
