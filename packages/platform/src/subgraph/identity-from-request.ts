import type { Request } from 'express';
import { bearerToken, botCredential, UnauthenticatedError, type TokenVerifier } from '../auth/access-token';
import type { Identity } from '../auth/identity';
import { auditActorOf } from '../audit/audit-actor';
import { enrichLogContext } from '../logger';
import { enterOrganization } from '../row-level-security/organization-scope';
import { platformText } from '../platform.texts';
import { unauthenticated } from './require-identity.plugin';

/**
 * No token: anonymous (public fields only). A token that fails verification is refused outright,
 * never downgraded to anonymous, so a client learns at once that its token is bad.
 */
export async function identityFromRequest(req: Request, verifyToken: TokenVerifier): Promise<Identity | null> {
  const header = req.header('authorization');
  const token = bearerToken(header);
  if (!token) {
    // The bot's credential is no identity: the Auth fields meant for the bot check it themselves.
    if (header && !botCredential(header)) throw unauthenticated(platformText('malformedAuthorization'));
    return null;
  }
  try {
    const identity = await verifyToken(token);
    enterOrganization(identity.orgId);
    enrichLogContext({ orgId: identity.orgId, channel: auditActorOf(identity).channel, ...(identity.kind === 'user' ? { userId: identity.userId } : {}) });
    return identity;
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw unauthenticated(platformText('tokenInvalid'));
    throw error;
  }
}

/**
 * The end user's address as far as the server's `trust proxy` setting (TRUST_PROXY) vouches for it:
 * X-Forwarded-For entries count only when a trusted peer added them, so a client cannot choose its own.
 */
export function clientAddress(req: Request): string | undefined {
  return req.ip || req.socket.remoteAddress || undefined;
}

/** The header the router passes the end user's `User-Agent` on in (its own requests carry its own agent). */
export const CLIENT_USER_AGENT_HEADER = 'x-client-user-agent';

/** At the router: the caller's agent. In a subgraph: the one the router passed on, never the router's own. */
export function userAgentOf(req: Request, from: 'caller' | 'router'): string | undefined {
  return req.header(from === 'caller' ? 'user-agent' : CLIENT_USER_AGENT_HEADER)?.slice(0, 1000) || undefined;
}
