import type { Role } from '@crm/contracts';

export type { Role } from '@crm/contracts';

/** A person signed in through Auth. */
export interface UserIdentity {
  kind: 'user';
  userId: string;
  orgId: string;
  roles: Role[];
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
