import type { Identity, UserIdentity } from '@crm/platform';
import { appError, ErrorCode, hasRole } from '@crm/platform';
import type { DealAccessRow } from '../db/schema';

export function requireCaller(caller: Identity | null): Identity {
  if (!caller) throw appError(ErrorCode.Unauthenticated);
  return caller;
}

/** Money is recorded by a person: the ledger names who wrote every entry. */
export function requireUser(caller: Identity | null): UserIdentity {
  const identity = requireCaller(caller);
  if (identity.kind !== 'user') throw appError(ErrorCode.Forbidden, { message: 'Only a signed-in user can record money' });
  return identity;
}

/**
 * Mirrors CRM's deal visibility from what the deal events carry (ADR 0009): admins and service
 * principals see every deal of their organisation; a person sees the deals they own or take part in.
 * Until the deal's first event arrives, the owner named by the policy event stands in.
 */
export function canSeeDeal(caller: Identity, orgId: string, access: DealAccessRow | null, fallbackOwnerId: string | null): boolean {
  if (caller.orgId !== orgId) return false;
  if (caller.kind === 'service' || hasRole(caller, 'ADMIN')) return true;
  if (access) return access.ownerId === caller.userId || access.participantIds.includes(caller.userId);
  return fallbackOwnerId === caller.userId;
}

/** A hidden item and a missing one look the same. */
export function notFound(field: string, what = 'No such item') {
  return appError(ErrorCode.NotFound, { message: what, field });
}
