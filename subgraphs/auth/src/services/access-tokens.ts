import { randomUUID } from 'node:crypto';
import { ACCESS_TOKEN, type Role } from '@crm/platform';
import { SignJWT } from 'jose';
import { secondsFrom, type Clock } from '../clock';
import type { SigningKeys } from './signing-keys';

export interface AccessTokenSubject {
  id: string;
  organizationId: string;
  roles: Role[];
  /** The user's row version: the token's `ver`, which a later revocation outranks (ADR 0011). */
  version: number;
}

export interface IssuedAccessToken {
  accessToken: string;
  accessTokenExpiresAt: Date;
}

/** `sessionId` becomes the `sid` claim: the refresh-token family, or a one-off id for tokens without one. */
export type AccessTokenIssuer = (subject: AccessTokenSubject, sessionId: string) => Promise<IssuedAccessToken>;

/** Signs the claims every verifier expects (see platform's ACCESS_TOKEN), with `kid` so rotation works. */
export function createAccessTokenIssuer(deps: { signingKeys: SigningKeys; ttlSeconds: number; clock: Clock }): AccessTokenIssuer {
  if (deps.ttlSeconds <= 0 || deps.ttlSeconds > ACCESS_TOKEN.maxLifetimeSeconds) {
    throw new Error(`Access token lifetime must be within 1..${ACCESS_TOKEN.maxLifetimeSeconds} seconds`);
  }
  return async (subject, sessionId) => {
    const { kid, alg, key } = deps.signingKeys.current();
    const now = deps.clock();
    const issuedAt = Math.floor(now.getTime() / 1000);
    const accessTokenExpiresAt = secondsFrom(new Date(issuedAt * 1000), deps.ttlSeconds);
    const accessToken = await new SignJWT({ org: subject.organizationId, roles: subject.roles, sid: sessionId, ver: subject.version })
      .setProtectedHeader({ alg, kid, typ: 'JWT' })
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(ACCESS_TOKEN.audience)
      .setSubject(subject.id)
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(accessTokenExpiresAt.getTime() / 1000))
      .sign(key);
    return { accessToken, accessTokenExpiresAt };
  };
}
