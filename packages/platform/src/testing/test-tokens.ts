import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { ACCESS_TOKEN, createTokenVerifier, type TokenVerifier } from '../auth/access-token';
import type { Role } from '../auth/identity';

export interface TokenClaimsInput {
  userId?: string;
  orgId?: string;
  roles?: Role[];
  audience?: string;
  issuer?: string;
  expiresInSeconds?: number;
  sessionId?: string;
  tokenVersion?: number;
}

/** A signing key of Auth's shape, for tests that need valid (and deliberately invalid) access tokens. */
export interface TestKeys {
  kid: string;
  jwks: { keys: JWK[] };
  verifier: TokenVerifier;
  sign(claims?: TokenClaimsInput): Promise<string>;
}

export async function createTestKeys(kid = `test-${randomUUID()}`): Promise<TestKeys> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' }] };
  return { kid, jwks, verifier: createTokenVerifier(createLocalJWKSet(jwks)), sign: (claims) => signWith(privateKey, kid, claims) };
}

export async function signWith(key: KeyLike, kid: string, claims: TokenClaimsInput = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ org: claims.orgId ?? randomUUID(), roles: claims.roles ?? ['ADMIN'], sid: claims.sessionId ?? randomUUID(), ver: claims.tokenVersion ?? 1 })
    .setProtectedHeader({ alg: 'EdDSA', kid })
    .setSubject(claims.userId ?? randomUUID())
    .setIssuer(claims.issuer ?? ACCESS_TOKEN.issuer)
    .setAudience(claims.audience ?? ACCESS_TOKEN.audience)
    .setJti(randomUUID())
    .setIssuedAt(now - 5)
    .setExpirationTime(now + (claims.expiresInSeconds ?? 300))
    .sign(key);
}

/** An unsigned token (`alg: none`), which every verifier must refuse. */
export function unsignedToken(claims: Record<string, unknown> = {}): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: randomUUID(), org: randomUUID(), roles: ['ADMIN'], iss: ACCESS_TOKEN.issuer, aud: ACCESS_TOKEN.audience, jti: 'x', iat: now, exp: now + 300, ...claims })}.`;
}
