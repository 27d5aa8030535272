import type { Identity, UserIdentity } from '@crm/platform';
import { appError, ErrorCode } from '@crm/platform';

/** Any verified caller (user or service principal); every read is scoped to its organisation. */
export function requireCaller(caller: Identity | null): Identity {
  if (!caller) throw appError(ErrorCode.Unauthenticated);
  return caller;
}

/** A signed-in person: service principals have no password, session or Telegram account. */
export function requireUser(caller: Identity | null): UserIdentity {
  const identity = requireCaller(caller);
  if (identity.kind !== 'user') throw appError(ErrorCode.Forbidden, { message: 'Only a signed-in user can do this' });
  return identity;
}

export function requireAdmin(caller: Identity | null): UserIdentity {
  const user = requireUser(caller);
  if (!user.roles.includes('ADMIN')) throw appError(ErrorCode.Forbidden, { message: 'Only an administrator can do this' });
  return user;
}
