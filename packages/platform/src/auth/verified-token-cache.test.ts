import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, type JWTVerifyGetKey } from 'jose';
import { createTestKeys, unsignedToken, type TestKeys } from '../testing/test-tokens';
import { createTokenVerifier, UnauthenticatedError } from './access-token';
import type { Identity, UserIdentity } from './identity';
import { withRevocationCheck } from './revocation-view';
import { createVerifiedTokenCache } from './verified-token-cache';

const identity = (userId: string = randomUUID()): UserIdentity => ({ kind: 'user', userId, orgId: randomUUID(), roles: ['ADMIN'], session: { id: randomUUID(), tokenVersion: 1 } });

describe('verified token cache', () => {
  it('answers a token until the moment it is no longer valid, not after', () => {
    let now = 1_000;
    const cache = createVerifiedTokenCache({ now: () => now });
    const kept = identity();
    cache.set('token', kept, 2_000);
    expect(cache.get('token')).toBe(kept);
    now = 1_999;
    expect(cache.get('token')).toBe(kept);
    now = 2_000;
    expect(cache.get('token')).toBeUndefined();
    now = 1_500;
    expect(cache.get('token')).toBeUndefined();
  });

  it('keeps at most its size, dropping the least recently used token', () => {
    const cache = createVerifiedTokenCache({ maxEntries: 2, now: () => 0 });
    cache.set('a', identity('a'), 10);
    cache.set('b', identity('b'), 10);
    cache.get('a');
    cache.set('c', identity('c'), 10);
    expect(cache.get('b')).toBeUndefined();
    expect((cache.get('a') as UserIdentity).userId).toBe('a');
    expect((cache.get('c') as UserIdentity).userId).toBe('c');
  });
});

describe('token verifier with its cache', () => {
  let keys: TestKeys;
  let keyLookups: number;
  let getKey: JWTVerifyGetKey;
  beforeEach(async () => {
    keys = await createTestKeys();
    keyLookups = 0;
    const local = createLocalJWKSet(keys.jwks);
    // Counting key lookups counts signature checks: jwtVerify asks for the key once per check.
    getKey = (header, token) => {
      keyLookups += 1;
      return local(header, token);
    };
  });

  it('checks the signature of a token once, and answers the same identity again', async () => {
    const verify = createTokenVerifier(getKey);
    const token = await keys.sign({ roles: ['SELLER'] });
    const first = await verify(token);
    const second = await verify(token);
    expect(second).toEqual(first);
    expect(first).toMatchObject({ kind: 'user', userId: decodeJwt(token).sub, roles: ['SELLER'] });
    expect(keyLookups).toBe(1);
  });

  it('refuses a token altered after a valid one was cached: its signature, its claims, or no signature at all', async () => {
    const verify = createTokenVerifier(getKey);
    const token = await keys.sign();
    await verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const otherSignature = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const claims = { ...decodeJwt(token), roles: ['ADMIN', 'SELLER'] };
    const otherClaims = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(verify(otherSignature)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(verify(otherClaims)).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(verify(unsignedToken({ sub: decodeJwt(token).sub }))).rejects.toBeInstanceOf(UnauthenticatedError);
    // A refused token is never kept: it is refused again, by a signature check again.
    const lookups = keyLookups;
    await expect(verify(otherSignature)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(keyLookups).toBe(lookups + 1);
  });

  it('keeps a token only until its exp: after it, the token is verified again (and jose refuses it)', async () => {
    let now = Date.now();
    const verify = createTokenVerifier(getKey, createVerifiedTokenCache({ now: () => now }));
    const token = await keys.sign({ expiresInSeconds: 60 });
    await verify(token);
    now = (decodeJwt(token).exp! - 1) * 1000;
    await verify(token);
    expect(keyLookups).toBe(1);
    now = decodeJwt(token).exp! * 1000;
    await verify(token);
    expect(keyLookups).toBe(2);
  });

  it('leaves revocation to every request: a cached token revoked since is refused', async () => {
    const revoked = new Set<string>();
    const verify = withRevocationCheck(createTokenVerifier(getKey), {
      isRevoked: async (caller: Identity) => caller.kind === 'user' && revoked.has(caller.session!.id),
    });
    const token = await keys.sign();
    await verify(token);
    revoked.add(decodeJwt(token).sid as string);
    await expect(verify(token)).rejects.toThrow('ERR_TOKEN_REVOKED');
    expect(keyLookups).toBe(1);
  });
});
