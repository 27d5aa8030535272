import type { Text } from '@crm/texts';
import { appError, ErrorCode } from '../errors';
import { platformText } from '../platform.texts';
import type { Identity, Role, UserIdentity } from './identity';

/** Any verified caller (user or service principal); every read is then scoped to its organisation. */
export function requireCaller(caller: Identity | null): Identity {
  if (!caller) throw appError(ErrorCode.Unauthenticated);
  return caller;
}

/** A signed-in person: service principals have no password, session or roles of their own. */
export function requireUser(caller: Identity | null): UserIdentity {
  const identity = requireCaller(caller);
  if (identity.kind !== 'user') throw appError(ErrorCode.Forbidden, { text: platformText('usersOnly') });
  return identity;
}

/** A signed-in person holding at least one of `roles`. */
export function requireRole(caller: Identity | null, roles: readonly Role[], text: Text = platformText('rolesOnly', { roles: roles.join(', ') })): UserIdentity {
  const user = requireUser(caller);
  if (!roles.some((role) => user.roles.includes(role))) throw appError(ErrorCode.Forbidden, { text });
  return user;
}

export function requireAdmin(caller: Identity | null): UserIdentity {
  return requireRole(caller, ['ADMIN'], platformText('adminOnly'));
}
