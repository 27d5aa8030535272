import { createLogger } from '@crm/platform';
import { createTestKeys, type TestKeys } from '@crm/platform/testing';
import { createRouter, type RouterServer } from './create-router';
import { probeSupergraph } from './testing/probe-supergraph';

type Answer = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

// Issue 9: the router's own refusals (limits, 429, persisted operations, body size) in the language the request asks for.
describe('the router’s refusals in the request’s language', () => {
  let keys: TestKeys;
  let router: RouterServer;
  let url: string;

  beforeAll(async () => {
    keys = await createTestKeys();
    router = await createRouter({
      supergraphSdl: probeSupergraph(),
      subgraphUrls: { probe: 'http://127.0.0.1:9/graphql' },
      verifyToken: keys.verifier,
      logger: createLogger({ name: 'test', level: 'silent' }),
      production: true,
      corsOrigins: [],
      limits: { maxDepth: 1, maxAliases: 1, maxCost: 2, maxTokens: 3000 },
      persistedOperations: { mode: 'required', byId: new Map() },
      maxBodyBytes: 2048,
      protection: { rateLimits: { perAddress: 0, perUser: 1, perApiKey: 0 } },
    });
    url = `${(await router.listen(0, '127.0.0.1')).url}/graphql`;
  });
  afterAll(() => router.stop());

  /** Each call as a new administrator (ADMIN may send documents of its own), unless a token is given. */
  const post = async (language: string, body: unknown, token?: string) => {
    const authorization = `Bearer ${token ?? (await keys.sign({ roles: ['ADMIN'] }))}`;
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language, authorization }, body: JSON.stringify(body) });
    return { status: response.status, error: ((await response.json()) as Answer).errors?.[0] };
  };

  it.each([
    ['depth', { query: '{ whoami { orgId } }' }, /Глубина запроса больше допустимой \(1\): 2/, /Query depth limit of 1 exceeded, found 2/],
    ['aliases', { query: '{ a: ping b: ping }' }, /Псевдонимов в запросе больше допустимого \(1\)/, /Aliases limit of 1 exceeded/],
    ['cost', { query: '{ ping echo(text: "a") fail }' }, /Стоимость запроса 3 больше допустимой \(2\)/, /Query cost limit of 2 exceeded: this operation costs 3/],
  ])('%s limit', async (limit, body, ru, en) => {
    const russian = await post('ru-RU,ru;q=0.9', body);
    const english = await post('en-GB,en;q=0.8', body);
    const reason = `router.${limit === 'aliases' ? 'alias' : limit}Limit`;
    expect(russian.error).toMatchObject({ message: expect.stringMatching(ru), extensions: expect.objectContaining({ reason }) });
    expect(english.error).toMatchObject({ message: expect.stringMatching(en), extensions: expect.objectContaining({ reason }) });
  });

  it('a document without an id from a non-administrator, and an unknown id', async () => {
    const seller = () => keys.sign({ roles: ['SELLER'] });
    expect((await post('en', { query: '{ ping }' }, await seller())).error).toMatchObject({ message: 'Only persisted operations (documentId) are accepted', extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_IN_LIST' }) });
    expect((await post('ru', { query: '{ ping }' }, await seller())).error?.message).toBe('Разрешены только зарегистрированные операции (documentId)');
    expect((await post('en', { documentId: 'sha256:abc' })).error).toMatchObject({ message: 'Unknown persisted operation abc', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    expect((await post('ru', { documentId: 'sha256:abc' })).error?.message).toBe('Неизвестная операция abc');
  });

  it('too many requests (429)', async () => {
    const token = await keys.sign({ roles: ['ADMIN'] });
    await post('en', { query: '{ __typename }' }, token);
    const english = await post('en', { query: '{ __typename }' }, token);
    const russian = await post('ru', { query: '{ __typename }' }, token);
    expect(english.status).toBe(429);
    expect(english.error?.message).toMatch(/^Too many requests, retry in \d+ s$/);
    expect(russian.error?.message).toMatch(/^Слишком много запросов, повторите через \d+ с$/);
  });

  it('a body over the size limit (413)', async () => {
    const body = { query: '{ ping }', variables: { padding: 'x'.repeat(4096) } };
    const english = await post('en', body);
    const russian = await post('ru', body);
    expect([english.status, russian.status]).toEqual([413, 413]);
    expect(english.error?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(english.error?.message).not.toEqual(russian.error?.message);
    expect(english.error?.message).toMatch(/[a-z]/);
    expect(russian.error?.message).toMatch(/[а-я]/);
  });
});
