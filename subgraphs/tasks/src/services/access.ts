import { appError, ErrorCode, type Identity, type UserIdentity } from '@crm/platform';

/** Tasks are people's work: service principals (bot, partners) act as a linked user, with a user token. */
export function requireUser(caller: Identity | null): UserIdentity {
  if (!caller) throw appError(ErrorCode.Unauthenticated);
  if (caller.kind !== 'user') throw appError(ErrorCode.Forbidden, { message: 'Only a signed-in user can do this' });
  return caller;
}
