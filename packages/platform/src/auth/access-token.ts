import { roleSchema } from '@crm/contracts';
import { errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { Identity } from './identity';
import { createVerifiedTokenCache, type VerifiedTokenCache } from './verified-token-cache';

/** What Auth puts into an access token and every verifier expects. */
export const ACCESS_TOKEN = {
  issuer: 'crm-auth',
  audience: 'crm-api',
  /** Asymmetric only: `none` and HMAC are refused by construction. */
  algorithms: ['EdDSA', 'ES256'],
  maxLifetimeSeconds: 15 * 60,
} as const;

export const accessTokenClaimsSchema = z.object({
  sub: z.string().uuid(),
  org: z.string().uuid(),
  roles: z.array(roleSchema),
  jti: z.string().min(1),
  /** The session (refresh-token family) the token belongs to: logout voids it (ADR 0011). */
  sid: z.string().min(1).max(100),
  /** The user's version when the token was issued: a revocation voids every lower one (ADR 0011). */
  ver: z.number().int().nonnegative(),
  iat: z.number(),
  exp: z.number(),
});
export type AccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;

export class UnauthenticatedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnauthenticatedError';
  }
}

/** The oldest a token may be (`iat`), with a minute for clocks that differ. */
const MAX_TOKEN_AGE_SECONDS = ACCESS_TOKEN.maxLifetimeSeconds + 60;

export type TokenVerifier = (token: string) => Promise<Identity>;

/**
 * Verifies an access token against the Auth key set (local or remote JWKS; a remote set refetches on an
 * unknown `kid`, which is what makes key rotation work without downtime). A token verified before is
 * answered from `cache` (one per verifier, so one per process) until it expires; revocation is the
 * caller's check, at every request.
 */
export function createTokenVerifier(getKey: JWTVerifyGetKey, cache: VerifiedTokenCache = createVerifiedTokenCache()): TokenVerifier {
  return async (token) => {
    const cached = cache.get(token);
    if (cached) return cached;
    try {
      const { payload } = await jwtVerify(token, getKey, {
        issuer: ACCESS_TOKEN.issuer,
        audience: ACCESS_TOKEN.audience,
        algorithms: [...ACCESS_TOKEN.algorithms],
        requiredClaims: ['exp', 'iat', 'sub', 'jti', 'sid', 'ver'],
        maxTokenAge: MAX_TOKEN_AGE_SECONDS,
      });
      const claims = accessTokenClaimsSchema.parse(payload);
      const identity: Identity = { kind: 'user', userId: claims.sub, orgId: claims.org, roles: claims.roles, session: { id: claims.sid, tokenVersion: claims.ver } };
      // Until the first second `jwtVerify` would refuse it: at `exp`, or when it is older than it may be.
      cache.set(token, identity, Math.min(claims.exp, claims.iat + MAX_TOKEN_AGE_SECONDS) * 1000);
      return identity;
    } catch (error) {
      if (error instanceof joseErrors.JOSEError || error instanceof z.ZodError) {
        throw new UnauthenticatedError(error instanceof joseErrors.JOSEError ? error.code : 'ERR_CLAIMS_INVALID');
      }
      throw error;
    }
  };
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/**
 * The Telegram bot's service credential (`Authorization: Bot <key>`). It is no identity: it carries no
 * user or organisation, and only the Auth fields the bot is for accept it (ADR 0012).
 */
export function botCredential(header: string | undefined): string | undefined {
  const match = header ? /^Bot\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}
