import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenVerifier, UnauthenticatedError } from '@crm/platform';
import { createLocalJWKSet, decodeProtectedHeader, exportJWK, generateKeyPair } from 'jose';
import { createAccessTokenIssuer } from './access-tokens';
import { createSigningKeys, generateSigningJwk, loadSigningKeys } from './signing-keys';

const subject = { id: '5b0b6c1e-7d3f-4b7a-9f1e-2c3d4e5f6a7b', organizationId: '0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b', roles: ['SELLER' as const], version: 3 };
const SID = 'b7c1a0e2-3d4f-4a5b-8c6d-7e8f9a0b1c2d';

describe('signing keys', () => {
  it('publishes public keys only, and signs with the first key under its kid', async () => {
    const [a, b] = [await generateSigningJwk(), await generateSigningJwk()];
    const keys = await createSigningKeys([a, b]);
    const jwks = keys.jwks();
    expect(jwks.keys.map((k) => k.kid)).toEqual([a.kid, b.kid]);
    expect(jwks.keys.every((k) => !('d' in k))).toBe(true);
    const { accessToken } = await createAccessTokenIssuer({ signingKeys: keys, ttlSeconds: 900, clock: () => new Date() })(subject, SID);
    expect(decodeProtectedHeader(accessToken)).toMatchObject({ alg: 'EdDSA', kid: a.kid });
    await expect(createTokenVerifier(createLocalJWKSet(jwks))(accessToken)).resolves.toEqual({
      kind: 'user',
      userId: subject.id,
      orgId: subject.organizationId,
      roles: ['SELLER'],
      session: { id: SID, tokenVersion: 3 },
    });
  });

  it('rotates without downtime: tokens of the old key verify against the set that publishes both', async () => {
    const [oldKey, newKey] = [await generateSigningJwk(), await generateSigningJwk()];
    const before = await createSigningKeys([oldKey]);
    const issuedBefore = await createAccessTokenIssuer({ signingKeys: before, ttlSeconds: 900, clock: () => new Date() })(subject, SID);
    const after = await createSigningKeys([newKey, oldKey]);
    const issuedAfter = await createAccessTokenIssuer({ signingKeys: after, ttlSeconds: 900, clock: () => new Date() })(subject, SID);
    const verify = createTokenVerifier(createLocalJWKSet(after.jwks()));
    await expect(verify(issuedBefore.accessToken)).resolves.toMatchObject({ userId: subject.id });
    await expect(verify(issuedAfter.accessToken)).resolves.toMatchObject({ userId: subject.id });
    await expect(createTokenVerifier(createLocalJWKSet(before.jwks()))(issuedAfter.accessToken)).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it('accepts ES256 keys from configuration and refuses a symmetric or public-only key', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const keys = await loadSigningKeys({ keysJson: JSON.stringify([await exportJWK(privateKey)]), production: true });
    expect(keys.current().alg).toBe('ES256');
    expect(keys.jwks().keys[0]?.kid).toEqual(expect.any(String));
    await expect(createSigningKeys([{ kty: 'oct', k: 'c2VjcmV0' }])).rejects.toThrow('not an Ed25519 or P-256 private JWK');
    const { d: _d, ...publicOnly } = await generateSigningJwk();
    await expect(createSigningKeys([publicOnly])).rejects.toThrow('not an Ed25519 or P-256 private JWK');
  });

  it('refuses to generate keys in production, and keeps generated development keys in the keys file', async () => {
    await expect(loadSigningKeys({ production: true })).rejects.toThrow('AUTH_SIGNING_KEYS is required in production');
    const dir = await mkdtemp(join(tmpdir(), 'auth-keys-'));
    try {
      const keysFile = join(dir, 'nested', 'keys.json');
      const first = await loadSigningKeys({ keysFile });
      const second = await loadSigningKeys({ keysFile });
      expect(second.current().kid).toBe(first.current().kid);
      expect((await stat(keysFile)).mode & 0o777).toBe(0o600);
      expect(JSON.parse(await readFile(keysFile, 'utf8'))).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses access-token lifetimes beyond what verifiers accept', async () => {
    const keys = await createSigningKeys([await generateSigningJwk()]);
    expect(() => createAccessTokenIssuer({ signingKeys: keys, ttlSeconds: 3600, clock: () => new Date() })).toThrow('Access token lifetime');
  });
});
