import type { Request } from 'express';
import { bearerToken, UnauthenticatedError, type TokenVerifier } from '../auth/access-token';
import type { Identity } from '../auth/identity';
import { enrichLogContext } from '../logger';
import { unauthenticated } from './require-identity.plugin';

/**
 * No token: anonymous (public fields only). A token that fails verification is refused outright,
 * never downgraded to anonymous, so a client learns at once that its token is bad.
 */
export async function identityFromRequest(req: Request, verifyToken: TokenVerifier): Promise<Identity | null> {
  const token = bearerToken(req.header('authorization'));
  if (!token) {
    if (req.header('authorization')) throw unauthenticated('Malformed Authorization header');
    return null;
  }
  try {
    const identity = await verifyToken(token);
    enrichLogContext({ orgId: identity.orgId, ...(identity.kind === 'user' ? { userId: identity.userId } : {}) });
    return identity;
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw unauthenticated('Invalid or expired access token');
    throw error;
  }
}

/** The end user's address: the first hop the router recorded, else the socket peer. */
export function clientAddress(req: Request): string | undefined {
  const forwarded = req.header('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || req.socket.remoteAddress || undefined;
}
