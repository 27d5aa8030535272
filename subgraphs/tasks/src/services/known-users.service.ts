import type { Role } from '@crm/contracts';
import { appError, ErrorCode, type Executor, type UserIdentity } from '@crm/platform';
import { and, eq, lte, sql } from 'drizzle-orm';
import { knownUsers } from '../db/schema';

export interface KnownUserChange {
  userId: string;
  organizationId: string;
  roles?: Role[];
  active?: boolean;
  eventTime: Date;
}

/**
 * The users read model: who may be assigned. Fed by Auth's events; an event older than the row's
 * last applied one is ignored, so a late `created` cannot undo a `deactivated`.
 */
export function createKnownUsersService() {
  async function apply(tx: Executor, change: KnownUserChange): Promise<void> {
    const set = {
      organizationId: change.organizationId,
      eventTime: change.eventTime,
      ...(change.roles ? { roles: change.roles } : {}),
      ...(change.active === undefined ? {} : { active: change.active }),
    };
    await tx
      .insert(knownUsers)
      .values({ userId: change.userId, organizationId: change.organizationId, roles: change.roles ?? [], active: change.active ?? true, eventTime: change.eventTime })
      .onConflictDoUpdate({ target: knownUsers.userId, set, setWhere: lte(knownUsers.eventTime, change.eventTime) });
  }

  /**
   * A verified token proves its user belongs to its organisation: it registers the caller when Auth's
   * event has not reached us (a consumer added after the user was created). It never overwrites what
   * events said — a deactivation stands.
   */
  async function registerCaller(tx: Executor, identity: UserIdentity): Promise<void> {
    await tx
      .insert(knownUsers)
      .values({ userId: identity.userId, organizationId: identity.orgId, roles: identity.roles, active: true, eventTime: new Date(0) })
      .onConflictDoNothing();
  }

  /** An assignee must be an active user of the caller's organisation; anything else is the same input error. */
  async function requireAssignable(tx: Executor, organizationId: string, userId: string, field: string): Promise<void> {
    const [user] = await tx
      .select({ userId: knownUsers.userId })
      .from(knownUsers)
      .where(and(eq(knownUsers.userId, userId), eq(knownUsers.organizationId, organizationId), eq(knownUsers.active, true)))
      .for('share');
    if (!user) {
      // Deliberately the same message for "another organisation" and "no such user": ids do not leak across tenants.
      throw appError(ErrorCode.BadUserInput, { message: `${field}: must be an active user of your organisation`, field });
    }
  }

  async function count(tx: Executor, organizationId: string): Promise<number> {
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(knownUsers).where(eq(knownUsers.organizationId, organizationId));
    return row?.n ?? 0;
  }

  return { apply, registerCaller, requireAssignable, count };
}

export type KnownUsersService = ReturnType<typeof createKnownUsersService>;
