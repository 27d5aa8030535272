import { postGraphQL } from '@crm/platform/testing';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

const CREATE_DEAL = `mutation CreateDeal($input: CreateDealInput!) { createDeal(input: $input) { deal { id version } } }`;
const UPDATE_DEAL = `mutation UpdateDeal($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id version } } }`;
const ADD_NOTE = `mutation AddNote($input: AddJournalEntryInput!) { addJournalEntry(input: $input) { entry { id } } }`;
const EXPORT = `mutation Export($filter: AuditLogFilter) { requestAuditExport(filter: $filter) { url expiresAt } }`;
const CHANGE_PASSWORD = `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }`;
const NODE = 'sequence action outcome actorId actorKind channel requestId operationName entityType entityId changes { field from to } summary en: summary(language: EN) details';
const LOG = `query Log($filter: AuditLogFilter) { auditLog(filter: $filter, first: 100) { edges { node { ${NODE} } } } }`;
const TRAIL = `query Trail($id: ID!) { deal(id: $id) { id auditTrail(first: 100) { edges { node { ${NODE} } } } } }`;
const VERIFY = `query Verify($from: DateTime!, $to: DateTime!) { verifyAuditIntegrity(from: $from, to: $to) { intact checkedEntries problems { kind sequence } } }`;
const ME = 'query { me { id } }';

interface Entry {
  sequence: number;
  action: string;
  outcome: string;
  actorId: string | null;
  actorKind: string;
  channel: string;
  requestId: string | null;
  operationName: string | null;
  entityType: string | null;
  entityId: string | null;
  changes: { field: string; from: string | null; to: string | null }[];
  summary: string;
  en: string;
  details: string | null;
}
type Log = { auditLog: { edges: { node: Entry }[] } };
type Trail = { deal: { auditTrail: { edges: { node: Entry }[] } } | null };

const SECRET_PASSWORD = 'wrong-Secret-Passw0rd-for-audit';

/** Issue 16 through the router: the core scenario's first steps leave a trail with the right actor and channel. */
describe('the audit trail through the router', () => {
  let system: TestSystem;
  let admin: string;
  let seller: string;
  let executor: string;
  let sellerId: string;
  let executorId: string;
  let adminId: string;
  let dealId: string;

  const trail = async (token: string) => {
    const result = await system.graphql<Trail>(TRAIL, { id: dealId }, token);
    return result;
  };

  beforeAll(async () => {
    system = await startTestSystem();
    admin = await system.login('admin@demo.local');
    seller = await system.login('seller@demo.local');
    executor = await system.login('executor@demo.local');
    sellerId = (await system.graphql<{ me: { id: string } }>(ME, {}, seller)).data!.me.id;
    executorId = (await system.graphql<{ me: { id: string } }>(ME, {}, executor)).data!.me.id;
    adminId = (await system.graphql<{ me: { id: string } }>(ME, {}, admin)).data!.me.id;

    const created = await system.graphql<{ createDeal: { deal: { id: string; version: number } } }>(
      CREATE_DEAL,
      { input: { title: 'OSAGO for Petrov', newClient: { kind: 'PERSON', firstName: 'Petr', lastName: 'Petrov', phones: ['+79161112233'] } } },
      seller,
    );
    expect(created.errors).toBeUndefined();
    dealId = created.data!.createDeal.deal.id;
    const updated = await system.graphql(UPDATE_DEAL, { input: { id: dealId, version: created.data!.createDeal.deal.version, title: 'OSAGO 2027 for Petrov' } }, seller);
    expect(updated.errors).toBeUndefined();
    expect((await system.graphql(ADD_NOTE, { input: { dealId, kind: 'NOTE', text: 'Client wants a quote by Friday' } }, seller)).errors).toBeUndefined();
    // Refused: the executor takes no part in the deal yet.
    const refused = await system.graphql(UPDATE_DEAL, { input: { id: dealId, version: 2, title: 'Hijacked' } }, executor);
    expect(refused.errors?.[0]?.extensions?.['code']).toBeDefined();
    // Refused too, and carrying secrets that must never be stored.
    const wrongPassword = await system.graphql(CHANGE_PASSWORD, { input: { currentPassword: SECRET_PASSWORD, newPassword: `${SECRET_PASSWORD}-new` } }, executor);
    expect(wrongPassword.errors).toBeDefined();
  });
  afterAll(() => system?.stop());

  it('records each step with the right actor and channel, edits with before and after', async () => {
    const entries = await eventually(async () => {
      const result = await system.graphql<Trail>(TRAIL, { id: dealId }, seller);
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.deal!.auditTrail.edges.map((edge) => edge.node);
      expect(nodes.map((node) => node.action)).toEqual(
        expect.arrayContaining(['crm.deal.created', 'crm.deal.updated', 'crm.journal.entry_added', 'mutation.createDeal', 'mutation.updateDeal', 'mutation.addJournalEntry']),
      );
      return nodes;
    });
    const created = entries.find((entry) => entry.action === 'crm.deal.created')!;
    expect(created).toMatchObject({ actorId: sellerId, actorKind: 'USER', channel: 'WEB', entityType: 'deal', entityId: dealId, outcome: 'ok', summary: 'Создана сделка', en: 'Deal created' });
    const edit = entries.find((entry) => entry.action === 'crm.deal.updated')!;
    expect(edit.changes).toEqual([{ field: 'title', from: '"OSAGO for Petrov"', to: '"OSAGO 2027 for Petrov"' }]);
    const call = entries.find((entry) => entry.action === 'mutation.updateDeal' && entry.outcome === 'ok')!;
    expect(call).toMatchObject({ actorId: sellerId, channel: 'WEB', operationName: 'UpdateDeal' });
    expect(call.requestId).toBeTruthy();
  });

  it('records a refused mutation as refused, with who tried', async () => {
    const entries = await eventually(async () => {
      const result = await system.graphql<Trail>(TRAIL, { id: dealId }, seller);
      const refused = result.data!.deal!.auditTrail.edges.map((edge) => edge.node).filter((node) => node.outcome !== 'ok');
      expect(refused).toHaveLength(1);
      return refused;
    });
    expect(entries[0]).toMatchObject({ action: 'mutation.updateDeal', actorId: executorId, channel: 'WEB' });
    expect(entries[0]!.en).toMatch(/^Refused: deal update/);
  });

  it('never stores a secret, not even from a refused call', async () => {
    const passwordCall = await eventually(async () => {
      const result = await system.graphql<Log>(LOG, { filter: { action: 'mutation.changePassword' } }, admin);
      expect(result.errors).toBeUndefined();
      expect(result.data!.auditLog.edges).toHaveLength(1);
      return result.data!.auditLog.edges[0]!.node;
    });
    expect(passwordCall.outcome).not.toBe('ok');
    expect(passwordCall.details).toContain('[REDACTED]');
    const everything = await system.graphql<Log>(LOG, {}, admin);
    expect(JSON.stringify(everything)).not.toContain(SECRET_PASSWORD);
  });

  it('lets only who may see the deal read its trail, and no other organisation at all', async () => {
    expect((await trail(executor)).data?.deal ?? null).toBeNull();
    expect((await system.graphql<Log>(LOG, {}, seller)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const signUp = await postGraphQL<{ signUp: { accessToken: string } }>(system.url, 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      variables: { input: { organizationName: 'Audit Other Brokerage', email: 'owner@audit-other.example', password: 'other-pass-123', displayName: 'Other Owner' } },
      headers: { 'x-forwarded-for': '198.51.100.16' },
    });
    expect(signUp.errors).toBeUndefined();
    const otherAdmin = signUp.data!.signUp.accessToken;
    expect((await trail(otherAdmin)).data?.deal ?? null).toBeNull();
    const theirs = await system.graphql<Log>(LOG, { filter: { entityId: dealId } }, otherAdmin);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.auditLog.edges).toEqual([]);
  });

  it('exports a filtered range as CSV through a one-time link, in the asker’s language, and records the export', async () => {
    const origin = system.url.replace(/\/graphql$/, '');
    const requestExport = (token: string, language = 'ru') =>
      postGraphQL<{ requestAuditExport: { url: string; expiresAt: string } }>(system.url, EXPORT, { variables: { filter: { entityId: dealId } }, token, headers: { 'accept-language': language } });
    await eventually(async () => expect((await system.graphql<Log>(LOG, { filter: { entityId: dealId, action: 'crm.deal.created' } }, admin)).data!.auditLog.edges).toHaveLength(1));

    const asked = await requestExport(admin);
    expect(asked.errors).toBeUndefined();
    const { url } = asked.data!.requestAuditExport;
    expect(url).toMatch(/^\/exports\/audit\/[\w-]{43}$/);
    const csv = await fetch(`${origin}${url}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Время;Номер;Кто;Идентификатор;Имя;Канал;Действие (код);Описание;Результат;Объект;Идентификатор объекта;Сделка;Запрос;Трассировка;Операция;Изменения;Подробности');
    const created = lines.find((line) => line.includes(';crm.deal.created;'))!;
    expect(created.split(';').slice(2, 9)).toEqual(['user', sellerId, 'Demo Seller', 'web', 'crm.deal.created', 'Создана сделка', 'ok']);
    // The changes read as the change lines do, not as JSON.
    expect(lines.find((line) => line.includes(';crm.deal.updated;'))).toContain(';название: OSAGO for Petrov → OSAGO 2027 for Petrov;');
    // Only this deal's entries: every row names it.
    expect(lines.slice(1).every((line) => line.includes(dealId))).toBe(true);

    // One use only; a second GET is gone, in the language of whoever follows the link.
    const again = await fetch(`${origin}${url}`, { headers: { 'accept-language': 'ru' } });
    expect(again.status).toBe(410);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/^Ссылка на выгрузку недействительна/);

    const english = await fetch(`${origin}${(await requestExport(admin, 'en')).data!.requestAuditExport.url}`);
    // (text() drops the BOM, as the WHATWG decoder does.)
    expect((await english.text()).split('\r\n')[0]).toBe('Time;Sequence;Actor kind;Actor id;Actor name;Channel;Action (code);Summary;Outcome;Entity type;Entity id;Deal;Request id;Trace id;Operation;Changes;Details');

    expect((await requestExport(seller)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const bad = await postGraphQL(system.url, EXPORT, { variables: { filter: { from: '2027-01-02T00:00:00Z', to: '2027-01-01T00:00:00Z' } }, token: admin });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });

    const recorded = await eventually(async () => {
      const result = await system.graphql<Log>(LOG, { filter: { action: 'mutation.requestAuditExport' } }, admin);
      expect(result.data!.auditLog.edges).toHaveLength(4);
      return result.data!.auditLog.edges.map((edge) => edge.node);
    });
    expect(recorded.map((node) => node.outcome).sort()).toEqual(['BAD_USER_INPUT', 'FORBIDDEN', 'ok', 'ok']);
  });

  it('records sign-ins and refused sign-ins of known accounts, with the address', async () => {
    const attempt = await postGraphQL(system.url, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      variables: { input: { email: 'executor@demo.local', password: SECRET_PASSWORD } },
      headers: { 'x-forwarded-for': '198.51.100.17' },
    });
    expect(attempt.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const failed = await eventually(async () => {
      const result = await system.graphql<Log>(LOG, { filter: { action: 'auth.user.login_failed' } }, admin);
      expect(result.data!.auditLog.edges).toHaveLength(1);
      return result.data!.auditLog.edges[0]!.node;
    });
    expect(failed).toMatchObject({ entityType: 'user', entityId: executorId, en: 'Failed sign-in attempt' });
    expect(JSON.parse(failed.details!)).toMatchObject({ clientAddress: '198.51.100.17', reason: 'wrong_password' });
    expect(failed.details).not.toContain(SECRET_PASSWORD);
    const signIns = await system.graphql<Log>(LOG, { filter: { action: 'auth.user.logged_in', actorId: sellerId } }, admin);
    expect(signIns.data!.auditLog.edges.length).toBeGreaterThanOrEqual(1);
  });

  it('tells the admin the trail is intact', async () => {
    const result = await system.graphql<{ verifyAuditIntegrity: { intact: boolean; checkedEntries: number } }>(VERIFY, { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.verifyAuditIntegrity.intact).toBe(true);
    expect(result.data!.verifyAuditIntegrity.checkedEntries).toBeGreaterThan(6);
  });

  // Last: the deal leaves the seller.
  it('names people through Auth and reads values as words: the actor, an owner handed over, a title', async () => {
    const version = (await system.graphql<{ deal: { version: number } }>(`query($id: ID!) { deal(id: $id) { version } }`, { id: dealId }, admin)).data!.deal.version;
    const handed = await system.graphql(UPDATE_DEAL, { input: { id: dealId, version, ownerId: adminId } }, admin);
    expect(handed.errors).toBeUndefined();
    const WORDS = `query($id: ID!) { deal(id: $id) { auditTrail(first: 100) { edges { node { action actorUser { displayName } changes { field fromText toText(language: EN) fromUsers { displayName } toUsers { displayName } } } } } } }`;
    type Worded = { action: string; actorUser: { displayName: string } | null; changes: { field: string; fromText: string; toText: string; fromUsers: { displayName: string }[]; toUsers: { displayName: string }[] }[] };
    const nodes = await eventually(async () => {
      const result = await system.graphql<{ deal: { auditTrail: { edges: { node: Worded }[] } } }>(WORDS, { id: dealId }, admin);
      expect(result.errors).toBeUndefined();
      const found = result.data!.deal.auditTrail.edges.map((edge) => edge.node);
      expect(found.some((node) => node.changes.some((change) => change.field === 'ownerId'))).toBe(true);
      return found;
    });
    expect(nodes.find((node) => node.action === 'crm.deal.created')?.actorUser).toEqual({ displayName: 'Demo Seller' });
    const owner = nodes.flatMap((node) => node.changes).find((change) => change.field === 'ownerId')!;
    expect(owner).toMatchObject({ fromUsers: [{ displayName: 'Demo Seller' }], toUsers: [{ displayName: 'Demo Admin' }] });
    const title = nodes.flatMap((node) => node.changes).find((change) => change.field === 'title')!;
    expect(title).toEqual({ field: 'title', fromText: 'OSAGO for Petrov', toText: 'OSAGO 2027 for Petrov', fromUsers: [], toUsers: [] });
  });
});
