import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// Issue 11, partners (ADR 0024): an admin issues an API key; the key runs the partner manifest's
// operations it was granted, by documentId, as its organisation; nothing else, and nothing once revoked.

interface Manifest {
  operations: { id: string; name: string }[];
}
const manifest = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '../../schema/operations', file), 'utf8')) as Manifest;
const partnerId = (name: string) => `sha256:${manifest('partner.json').operations.find((o) => o.name === name)!.id}`;

type Answer<T> = { status: number; data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
type Schedule = { instalments: { id: string; version: number; status: string; paid: { amount: string } }[] } | null;
type PolicyStatus = { policiesByNumber: { id: string; number: string; status: string; schedule: Schedule }[] };
type Paid = { recordInstalmentPayment: { instalment: { status: string; paid: { amount: string }; version: number } } };

const CREATE_KEY = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }';
const rub = (amount: string) => ({ amount, currency: 'RUB' });

describe('partner API keys through the router', () => {
  let system: TestSystem;
  let admin: string;
  let key: { secret: string; id: string };

  const asPartner = async <T>(secret: string, body: Record<string, unknown>, header: 'x-api-key' | 'authorization' = 'x-api-key'): Promise<Answer<T>> => {
    const response = await fetch(system.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [header]: header === 'authorization' ? `ApiKey ${secret}` : secret },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as Omit<Answer<T>, 'status'>) };
  };
  const issueKey = async (token: string, allowedOperations: string[]) => {
    const created = await system.graphql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(CREATE_KEY, { input: { name: 'Lead portal', allowedOperations } }, token);
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return { secret: created.data.createApiKey.secret, id: created.data.createApiKey.apiKey.id };
  };

  beforeAll(async () => {
    // Auth's answer cached for a minute: only the revocation event can make the router refuse a revoked key in time.
    system = await startTestSystem({ protection: { apiKeyCacheMs: 60_000 } });
    admin = await system.login('admin@demo.local');
    key = await issueKey(admin, ['PartnerCreateLead', 'PartnerPolicyStatus', 'PartnerRecordPayment']);
  });
  afterAll(() => system?.stop());

  let dealId: string;
  let policyId: string;

  it('creates a lead (client and deal) in the key’s organisation, with the duplicate warning', async () => {
    const input = { title: 'Лид с портала', newClient: { kind: 'PERSON', firstName: 'Ирина', lastName: 'Портальная', phones: ['+7 916 555-44-33'] } };
    type Lead = { createDeal: { deal: { id: string; stage: string }; duplicates: { matchedOn: string[] }[] } };
    const first = await asPartner<Lead>(key.secret, { documentId: partnerId('PartnerCreateLead'), variables: { input } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createDeal.duplicates).toEqual([]);
    dealId = first.data!.createDeal.deal.id;
    const again = await asPartner<Lead>(key.secret, { documentId: partnerId('PartnerCreateLead'), variables: { input: { ...input, title: 'Повторный лид' } } }, 'authorization');
    expect(again.data!.createDeal.duplicates).toEqual([expect.objectContaining({ matchedOn: ['PHONE'] })]);
    const seen = await system.graphql<{ deal: { title: string } | null }>('query($id: ID!) { deal(id: $id) { title } }', { id: dealId }, admin);
    expect(seen.data!.deal).toEqual({ title: 'Лид с портала' });
  });

  it('reads a policy’s status and schedule by its number, and posts payments that a retry never records twice', async () => {
    const { data } = await system.graphql<{ insurers: { id: string; products: { id: string }[] }[] }>('{ insurers { id products { id } } }', {}, admin);
    const insurer = data!.insurers.find((i) => i.products.length > 0)!;
    const created = await system.graphql<{ createPolicy: { policy: { id: string } } }>('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } } }', {
      input: {
        dealId,
        number: 'PARTNER-1',
        insurerId: insurer.id,
        productId: insurer.products[0]!.id,
        startDate: '2031-01-01',
        endDate: '2031-12-31',
        premium: rub('2000.00'),
        instalments: [
          { dueDate: '2031-01-15', amount: rub('1000.00') },
          { dueDate: '2031-06-15', amount: rub('1000.00') },
        ],
        commissionRate: '0.1',
      },
    }, admin);
    expect(created.errors).toBeUndefined();
    policyId = created.data!.createPolicy.policy.id;
    const readStatus = () => asPartner<PolicyStatus>(key.secret, { documentId: partnerId('PartnerPolicyStatus'), variables: { number: 'PARTNER-1' } });
    const status = await eventually(async () => {
      const answer = await readStatus();
      expect(answer.data?.policiesByNumber[0]?.schedule?.instalments).toHaveLength(2);
      return answer.data!.policiesByNumber[0]!;
    });
    expect(status).toMatchObject({ id: policyId, number: 'PARTNER-1' });
    const [first, second] = status.schedule!.instalments;
    const pay = (input: Record<string, unknown>) => asPartner<Paid>(key.secret, { documentId: partnerId('PartnerRecordPayment'), variables: { input } });

    // A retry of a payment with the partner's reference: the same answer, recorded once, whatever version it carries.
    const payment = { instalmentId: first!.id, version: first!.version, amount: '1000.00', paidOn: '2031-01-10', method: 'BANK_TRANSFER', reference: 'bank-tx-0001' };
    const paid = await pay(payment);
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.recordInstalmentPayment.instalment.status).toBe('PAID');
    const retried = await pay(payment);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.recordInstalmentPayment.instalment).toEqual(paid.data!.recordInstalmentPayment.instalment);
    // The same reference for another instalment is not a retry: refused, nothing recorded.
    const misused = await pay({ ...payment, instalmentId: second!.id, version: second!.version });
    expect(misused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.reference' });
    // Without a reference the instalment's version still refuses a replayed request.
    const { reference: _reference, ...unreferenced } = payment;
    expect((await pay(unreferenced)).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // Five copies of one payment at once (a partner's retries racing): one is recorded, all answer it.
    const racing = { instalmentId: second!.id, version: second!.version, amount: '400.00', paidOn: '2031-06-01', method: 'CARD', reference: 'bank-tx-0002' };
    const answers = await Promise.all(Array.from({ length: 5 }, () => pay(racing)));
    expect(answers.map((answer) => answer.errors)).toEqual(Array(5).fill(undefined));
    expect(new Set(answers.map((answer) => answer.data!.recordInstalmentPayment.instalment.paid.amount))).toEqual(new Set(['400.00']));

    const after = (await readStatus()).data!.policiesByNumber[0]!.schedule!.instalments;
    expect(after.map((instalment) => instalment.paid.amount)).toEqual(['1000.00', '400.00']);
  });

  it('limits a key to the requests per minute its admin issued it with', async () => {
    const created = await system.graphql<{ createApiKey: { secret: string; apiKey: { rateLimitPerMinute: number } } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { rateLimitPerMinute } } }',
      { input: { name: 'Slow feed', allowedOperations: ['PartnerPolicyStatus'], rateLimitPerMinute: 2 } },
      admin,
    );
    expect(created.data!.createApiKey.apiKey.rateLimitPerMinute).toBe(2);
    const call = () => asPartner(created.data!.createApiKey.secret, { documentId: partnerId('PartnerPolicyStatus'), variables: { number: 'PARTNER-1' } });
    expect((await call()).status).toBe(200);
    expect((await call()).status).toBe(200);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: { scope: 'perApiKey', requestsPerMinute: 2 } });
    // Another key of the same organisation has its own bucket (the router's default, off in this system).
    expect((await asPartner(key.secret, { documentId: partnerId('PartnerPolicyStatus'), variables: { number: 'PARTNER-1' } })).status).toBe(200);
  });

  it('refuses an operation the key was not granted, another client’s operation, and a document of its own', async () => {
    const readOnly = await issueKey(admin, ['PartnerPolicyStatus']);
    const notGranted = await asPartner(readOnly.secret, { documentId: partnerId('PartnerCreateLead'), variables: { input: { title: 'x' } } });
    expect(notGranted.status).toBe(403);
    expect(notGranted.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', operation: 'PartnerCreateLead' });
    const webOperation = manifest('web-client.json').operations[0]!;
    const otherClient = await asPartner(key.secret, { documentId: `sha256:${webOperation.id}` });
    expect(otherClient.status).toBe(403);
    const ownDocument = await asPartner(key.secret, { query: '{ deals { edges { node { id } } } }' });
    expect(ownDocument.status).toBe(400);
    expect(ownDocument.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('never shows another organisation’s data to a key', async () => {
    const signUp = await system.graphql<{ signUp: { accessToken: string } }>('mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { organizationName: 'Partner Other', email: 'owner@partner-other.example', password: 'other-pass-123', displayName: 'Other Owner' },
    });
    const otherKey = await issueKey(signUp.data!.signUp.accessToken, ['PartnerPolicyStatus']);
    const answer = await asPartner<PolicyStatus>(otherKey.secret, { documentId: partnerId('PartnerPolicyStatus'), variables: { number: 'PARTNER-1' } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.policiesByNumber).toEqual([]);
  });

  it('refuses a revoked key once its revocation event arrives, though the router caches keys for a minute, and an unknown one', async () => {
    const read = (secret: string) => asPartner(secret, { documentId: partnerId('PartnerPolicyStatus'), variables: { number: 'PARTNER-1' } });
    expect((await read(key.secret)).status).toBe(200);
    const revoked = await system.graphql('mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } } }', { id: key.id }, admin);
    expect(revoked.errors).toBeUndefined();
    const refused = await eventually(async () => {
      const answer = await read(key.secret);
      expect(answer.status).toBe(401);
      return answer;
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await read('crm_not-a-real-key')).status).toBe(401);
  });
});
