import type { Identity, UserIdentity } from '@crm/platform';
import type { AuthContext } from '../context';
import type { UserRow } from '../db/schema';
import type { AuthLoaders } from '../loaders/entity-loaders';

/**
 * A user row, optionally with the identity it is read as. `login`, `signUp`, `refresh` and `acceptInvite`
 * are called anonymously, yet their payload's `user { organization telegram }` must read as the identity
 * just issued, not as the anonymous caller (issue 8, item 13).
 */
export type UserParent = UserRow & { viewer?: UserIdentity };

export function seenBy(user: UserRow, viewer: UserIdentity): UserParent {
  return { ...user, viewer };
}

/** Who reads `user`, and the loaders scoped to them. */
export function viewerOf(user: UserParent, context: AuthContext): { identity: Identity | null; loaders: AuthLoaders } {
  return user.viewer ? { identity: user.viewer, loaders: context.loadersFor(user.viewer) } : { identity: context.identity, loaders: context.loaders };
}
