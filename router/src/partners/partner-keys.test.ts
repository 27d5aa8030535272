import { apiKeyFromRequest, cachedApiKeys, type PartnerGrant } from './partner-keys';
import { assertPartnerMayRun } from './partner-access';
import type { PersistedOperation } from '../persisted-operations';

const request = (headers: Record<string, string>) => ({ header: (name: string) => headers[name.toLowerCase()] }) as never;
const grant = (allowedOperations: string[], expiresInMs = 300_000): PartnerGrant => ({
  keyId: 'k1',
  organizationId: 'o1',
  allowedOperations,
  rateLimitPerMinute: null,
  accessToken: 'token',
  accessTokenExpiresAt: new Date(Date.now() + expiresInMs),
});

describe('partner keys', () => {
  it('reads the key from X-Api-Key or Authorization: ApiKey, and nothing from a Bearer token', () => {
    expect(apiKeyFromRequest(request({ 'x-api-key': ' crm_abc ' }))).toBe('crm_abc');
    expect(apiKeyFromRequest(request({ authorization: 'ApiKey crm_def' }))).toBe('crm_def');
    expect(apiKeyFromRequest(request({ authorization: 'Bearer eyJ' }))).toBeUndefined();
  });

  it('asks Auth once per key within the cache time, and again after it', async () => {
    let now = 0;
    const asked: string[] = [];
    const keys = cachedApiKeys(async (secret) => (asked.push(secret), grant(['A'])), { cacheMs: 1_000, now: () => now });
    await keys('crm_1');
    await keys('crm_1');
    expect(asked).toEqual(['crm_1']);
    now = 1_000;
    await keys('crm_1');
    expect(asked).toEqual(['crm_1', 'crm_1']);
  });

  it('forgets a revoked key at once, and only that key', async () => {
    const asked: string[] = [];
    const keys = cachedApiKeys(async (secret) => (asked.push(secret), { ...grant(['A']), keyId: secret === 'crm_1' ? 'k1' : 'k2' }), { cacheMs: 60_000 });
    await keys('crm_1');
    await keys('crm_2');
    keys.forget('k1');
    await keys('crm_1');
    await keys('crm_2');
    expect(asked).toEqual(['crm_1', 'crm_2', 'crm_1']);
  });

  it('never caches an unknown key, and with cacheMs 0 nothing at all', async () => {
    let calls = 0;
    const unknown = cachedApiKeys(async () => (calls++, null));
    await unknown('crm_x');
    await unknown('crm_x');
    const uncached = cachedApiKeys(async () => (calls++, grant(['A'])), { cacheMs: 0 });
    await uncached('crm_y');
    await uncached('crm_y');
    expect(calls).toBe(4);
  });
});

describe('what a key may run', () => {
  const operation = (name: string, clientName = 'partner'): PersistedOperation => ({ id: `id-${name}`, name, type: 'query', body: '', clientName });

  it('runs a granted partner operation, by name or by id', () => {
    expect(() => assertPartnerMayRun(grant(['PartnerPolicyStatus']), operation('PartnerPolicyStatus'))).not.toThrow();
    expect(() => assertPartnerMayRun(grant(['id-PartnerPolicyStatus']), operation('PartnerPolicyStatus'))).not.toThrow();
  });

  it('refuses an ungranted operation, another client’s operation of the same name, and a document without an id', () => {
    expect(() => assertPartnerMayRun(grant([]), operation('PartnerPolicyStatus'))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    expect(() => assertPartnerMayRun(grant(['DealCard']), operation('DealCard', 'web-client'))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
    expect(() => assertPartnerMayRun(grant(['DealCard']), undefined)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_IN_LIST' }) }));
  });
});
