import type { Role } from '@crm/contracts';

export type { Role } from '@crm/contracts';

/**
 * The session id prefix of the access tokens Auth issues to the Telegram bot for a linked user (ADR 0043):
 * the signed `sid` claim is what tells a call through the bot from one through the web app.
 */
export const TELEGRAM_SESSION_PREFIX = 'telegram:';

/** A person signed in through Auth. */
export interface UserIdentity {
  kind: 'user';
  userId: string;
  orgId: string;
  roles: Role[];
  /** From the access token: what a revocation view checks (ADR 0011). Absent for identities built in tests. */
  session?: TokenSession;
}

export interface TokenSession {
  /** The `sid` claim: the refresh-token family the token was issued for. */
  id: string;
  /** The `ver` claim: the user's version at issue time. */
  tokenVersion: number;
}

/** A non-human caller (the bot, a partner, an internal job), always bound to one organisation. */
export interface ServiceIdentity {
  kind: 'service';
  serviceId: string;
  orgId: string;
  scopes: string[];
}

export type Identity = UserIdentity | ServiceIdentity;

export function hasRole(identity: Identity | null, role: Role): boolean {
  return identity?.kind === 'user' && identity.roles.includes(role);
}
