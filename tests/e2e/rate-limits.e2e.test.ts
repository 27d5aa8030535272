import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startTestSystem, type TestSystem } from './support/test-system';

// ADR 0025 through the whole system: a user's and an API key's own buckets, 429 with Retry-After and
// the limit in the error; another caller from the same address is not affected.

const partnerOperations = (JSON.parse(readFileSync(resolve(__dirname, '../../schema/operations/partner.json'), 'utf8')) as { operations: { id: string; name: string }[] }).operations;

describe('rate limits through the router', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ protection: { rateLimits: { perAddress: 0, perUser: 3, perApiKey: 2 }, apiKeyCacheMs: 0 } });
  });
  afterAll(() => system?.stop());

  const post = async (body: unknown, headers: Record<string, string>) => {
    const response = await fetch(system.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { response, body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } };
  };

  it('refuses a user over their limit with 429 and Retry-After, and lets another user through', async () => {
    const seller = { authorization: `Bearer ${await system.login('seller@demo.local')}` };
    const admin = { authorization: `Bearer ${await system.login('admin@demo.local')}` };
    for (let i = 0; i < 3; i++) expect((await post({ query: '{ me { email } }' }, seller)).response.status).toBe(200);
    const refused = await post({ query: '{ me { email } }' }, seller);
    expect(refused.response.status).toBe(429);
    expect(Number(refused.response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: { scope: 'perUser', requestsPerMinute: 3 } });
    expect(refused.body.data).toBeUndefined();
    expect((await post({ query: '{ me { email } }' }, admin)).response.status).toBe(200);
  });

  it('refuses an API key over its limit', async () => {
    const admin = await system.login('admin@demo.local');
    const created = await system.graphql<{ createApiKey: { secret: string } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: 'Busy partner', allowedOperations: ['PartnerPolicyStatus'] } },
      admin,
    );
    const key = { 'x-api-key': created.data!.createApiKey.secret };
    const call = { documentId: `sha256:${partnerOperations.find((o) => o.name === 'PartnerPolicyStatus')!.id}`, variables: { number: 'RATE-LIMIT-1' } };
    for (let i = 0; i < 2; i++) expect((await post(call, key)).response.status).toBe(200);
    const refused = await post(call, key);
    expect(refused.response.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: { scope: 'perApiKey', requestsPerMinute: 2 } });
  });
});
