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
type PolicyStatus = { policy: { id: string; number: string; status: string; schedule: Schedule } | null };

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
    // No caching of Auth's answer: the revocation test sees the refusal on the very next call.
    system = await startTestSystem({ protection: { apiKeyCacheMs: 0 } });
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

  it('reads a policy’s status and schedule, and posts a payment that a retry never records twice', async () => {
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
        premium: rub('1000.00'),
        instalments: [{ dueDate: '2031-01-15', amount: rub('1000.00') }],
        commissionRate: '0.1',
      },
    }, admin);
    expect(created.errors).toBeUndefined();
    policyId = created.data!.createPolicy.policy.id;
    const status = await eventually(async () => {
      const answer = await asPartner<PolicyStatus>(key.secret, { documentId: partnerId('PartnerPolicyStatus'), variables: { id: policyId } });
      expect(answer.data?.policy?.schedule?.instalments).toHaveLength(1);
      return answer.data!.policy!;
    });
    expect(status).toMatchObject({ number: 'PARTNER-1' });
    const instalment = status.schedule!.instalments[0]!;
    const payment = { instalmentId: instalment.id, version: instalment.version, amount: '1000.00', paidOn: '2031-01-10', method: 'BANK_TRANSFER' };
    const paid = await asPartner<{ recordInstalmentPayment: { instalment: { status: string } } }>(key.secret, { documentId: partnerId('PartnerRecordPayment'), variables: { input: payment } });
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.recordInstalmentPayment.instalment.status).toBe('PAID');
    const retried = await asPartner(key.secret, { documentId: partnerId('PartnerRecordPayment'), variables: { input: payment } });
    expect(retried.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const after = await asPartner<PolicyStatus>(key.secret, { documentId: partnerId('PartnerPolicyStatus'), variables: { id: policyId } });
    expect(after.data!.policy!.schedule!.instalments[0]!.paid.amount).toBe('1000.00');
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
    const answer = await asPartner<PolicyStatus>(otherKey.secret, { documentId: partnerId('PartnerPolicyStatus'), variables: { id: policyId } });
    expect(answer.data?.policy ?? null).toBeNull();
  });

  it('refuses a revoked key at once, and an unknown one', async () => {
    const revoked = await system.graphql('mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } } }', { id: key.id }, admin);
    expect(revoked.errors).toBeUndefined();
    const refused = await asPartner(key.secret, { documentId: partnerId('PartnerPolicyStatus'), variables: { id: policyId } });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await asPartner('crm_not-a-real-key', { documentId: partnerId('PartnerPolicyStatus'), variables: { id: policyId } });
    expect(unknown.status).toBe(401);
  });
});
