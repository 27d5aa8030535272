import { eq } from 'drizzle-orm';
import { apiKeys, outbox } from '../db/schema';
import { createAuthHarness, firstError, type AuthHarness, type SignedUp } from '../testing/auth-harness';

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix allowedOperations lastUsedAt revokedAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { id revokedAt } } }`;
const LIST = `query($all: Boolean) { apiKeys(includeRevoked: $all) { edges { node { id name prefix createdAt lastUsedAt revokedAt } } pageInfo { hasNextPage } } }`;

type Created = { createApiKey: { secret: string; apiKey: { id: string; name: string; prefix: string; allowedOperations: string[] } } };
type Listed = { apiKeys: { edges: { node: { id: string; lastUsedAt: unknown; revokedAt: unknown } }[] } };

describe('partner API keys', () => {
  let h: AuthHarness;
  let acme: SignedUp;
  let other: SignedUp;
  beforeAll(async () => {
    h = await createAuthHarness();
    acme = await h.signUp('Acme', 'admin@acme.test');
    other = await h.signUp('Other', 'admin@other.test');
  });
  afterAll(() => h.close());

  it('shows the secret once, stores only its hash, verifies it to the organisation and records the use', async () => {
    const created = await h.run<Created>(CREATE, { identity: acme.identity, variables: { input: { name: 'Lead provider', allowedOperations: ['createLead'] } } });
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey).toMatchObject({ name: 'Lead provider', allowedOperations: ['createLead'] });
    const stored = await h.database.handle.db.select().from(apiKeys);
    expect(JSON.stringify(stored)).not.toContain(secret);
    const [event] = await h.database.handle.db.select().from(outbox).where(eq(outbox.type, 'auth.api_key.created'));
    expect(event!.envelope).toMatchObject({ actorid: acme.userId, data: { keyId: apiKey.id, organizationId: acme.orgId, name: 'Lead provider', createdBy: acme.userId } });
    expect(JSON.stringify(event)).not.toContain(secret);

    const before = await h.run<Listed>(LIST, { identity: acme.identity });
    expect(before.data!.apiKeys.edges).toEqual([expect.objectContaining({ node: expect.objectContaining({ id: apiKey.id, lastUsedAt: null }) })]);
    await expect(h.auth.services.apiKeys.verifyApiKey(secret)).resolves.toEqual({ keyId: apiKey.id, organizationId: acme.orgId, allowedOperations: ['createLead'], rateLimitPerMinute: null });
    const after = await h.run<Listed>(LIST, { identity: acme.identity });
    expect(after.data!.apiKeys.edges[0]!.node.lastUsedAt).not.toBeNull();
    await expect(h.auth.services.apiKeys.verifyApiKey(`${secret}x`)).resolves.toBeNull();
    await expect(h.auth.services.apiKeys.verifyApiKey('not a key')).resolves.toBeNull();
  });

  it('revokes a key: it stops verifying and leaves the default list', async () => {
    const created = await h.run<Created>(CREATE, { identity: acme.identity, variables: { input: { name: 'To revoke' } } });
    const { secret, apiKey } = created.data!.createApiKey;
    const crossOrg = await h.run(REVOKE, { identity: other.identity, variables: { id: apiKey.id } });
    expect(firstError(crossOrg)).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    await expect(h.auth.services.apiKeys.verifyApiKey(secret)).resolves.not.toBeNull();
    const revoked = await h.run<{ revokeApiKey: { apiKey: { revokedAt: unknown } } }>(REVOKE, { identity: acme.identity, variables: { id: apiKey.id } });
    expect(revoked.data!.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    await expect(h.auth.services.apiKeys.verifyApiKey(secret)).resolves.toBeNull();
    const active = await h.run<Listed>(LIST, { identity: acme.identity });
    expect(active.data!.apiKeys.edges.map((e) => e.node.id)).not.toContain(apiKey.id);
    const all = await h.run<Listed>(LIST, { identity: acme.identity, variables: { all: true } });
    expect(all.data!.apiKeys.edges.map((e) => e.node.id)).toContain(apiKey.id);
  });

  it('is for admins of the organisation only', async () => {
    const invited = await h.auth.services.invitations.inviteUser(acme.identity, { email: 'seller@acme.test', displayName: 'S', roles: ['SELLER'] });
    const seller = await h.auth.services.invitations.acceptInvite({ token: invited.inviteToken, password: 'a good password' });
    const sellerIdentity = await h.verify(seller.accessToken);
    expect(firstError(await h.run(CREATE, { identity: sellerIdentity, variables: { input: { name: 'Nope' } } }))?.code).toBe('FORBIDDEN');
    expect(firstError(await h.run(LIST, { identity: sellerIdentity }))?.code).toBe('FORBIDDEN');
    expect(firstError(await h.run(CREATE, { variables: { input: { name: 'Anon' } } }))?.code).toBe('UNAUTHENTICATED');
    const otherList = await h.run<Listed>(LIST, { identity: other.identity, variables: { all: true } });
    expect(otherList.data!.apiKeys.edges).toEqual([]);
    expect(firstError(await h.run(CREATE, { identity: acme.identity, variables: { input: { name: '  ' } } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });
});
