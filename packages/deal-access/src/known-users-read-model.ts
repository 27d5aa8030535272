import { parseEventData, type Role } from '@crm/contracts';
import { appError, ErrorCode, platformText, type Executor, type UserIdentity } from '@crm/platform';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { and, eq, lte, sql } from 'drizzle-orm';
import { boolean, index, text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';

/**
 * Read model of Auth's users (fed by `auth.user.*` events): who may be named as a deal's owner, a
 * participant or an assignee (ADR 0017). A subgraph never reads Auth's tables; the subgraph re-exports
 * the table from its drizzle schema so its own migrations create it.
 */
export function knownUsersTable(schema: PgSchema) {
  return schema.table(
    'known_users',
    {
      userId: uuid('user_id').primaryKey(),
      organizationId: uuid('organization_id').notNull(),
      roles: text('roles').array().$type<Role[]>().notNull(),
      active: boolean('active').notNull(),
      /** The time of the last event applied; an older event arriving late is ignored. */
      eventTime: timestamp('event_time', { withTimezone: true }).notNull(),
    },
    (t) => [index('known_users_organization_idx').on(t.organizationId)],
  );
}

export type KnownUsersTable = ReturnType<typeof knownUsersTable>;
export type KnownUserRow = KnownUsersTable['$inferSelect'];

export interface KnownUserChange {
  userId: string;
  organizationId: string;
  roles?: Role[];
  active?: boolean;
  eventTime: Date;
}

export function createKnownUsersReadModel(table: KnownUsersTable) {
  /** An event older than the row's last applied one is ignored, so a late `created` cannot undo a `deactivated`. */
  async function apply(tx: Executor, change: KnownUserChange): Promise<void> {
    const set = {
      eventTime: change.eventTime,
      ...(change.roles ? { roles: change.roles } : {}),
      ...(change.active === undefined ? {} : { active: change.active }),
    };
    await tx
      .insert(table)
      .values({ userId: change.userId, organizationId: change.organizationId, roles: change.roles ?? [], active: change.active ?? true, eventTime: change.eventTime })
      // A user never moves between organisations: an event saying otherwise changes nothing.
      .onConflictDoUpdate({ target: table.userId, set, setWhere: and(lte(table.eventTime, change.eventTime), eq(table.organizationId, change.organizationId)) });
  }

  /**
   * A verified token proves its user belongs to its organisation: it registers the caller when Auth's
   * event has not reached us (a consumer added after the user was created). It never overwrites what
   * events said — a deactivation stands.
   */
  async function registerCaller(tx: Executor, identity: UserIdentity): Promise<void> {
    await tx
      .insert(table)
      .values({ userId: identity.userId, organizationId: identity.orgId, roles: identity.roles, active: true, eventTime: new Date(0) })
      .onConflictDoNothing();
  }

  /** `userId` must be an active user of the organisation; anything else is the same input error naming `field`. */
  async function requireActiveMember(tx: Executor, organizationId: string, userId: string, field: string): Promise<void> {
    const [user] = await tx
      .select({ userId: table.userId })
      .from(table)
      .where(and(eq(table.userId, userId), eq(table.organizationId, organizationId), eq(table.active, true)))
      .for('share');
    if (!user) {
      // Deliberately the same message for "another organisation" and "no such user": ids do not leak across tenants.
      throw appError(ErrorCode.BadUserInput, { text: platformText('activeMember'), field });
    }
  }

  async function count(tx: Executor, organizationId: string): Promise<number> {
    const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(table.organizationId, organizationId));
    return row?.n ?? 0;
  }

  /** The consumer `<subgraph>.users` that keeps the table in step with Auth. */
  function consumer(name: string): ConsumerDefinition {
    return {
      name,
      events: ['auth.user.created', 'auth.user.roles_changed', 'auth.user.deactivated'],
      async handle(event, tx) {
        const eventTime = new Date(event.time);
        if (event.type === 'auth.user.created') {
          const data = parseEventData('auth.user.created', event.data);
          await apply(tx, { userId: data.userId, organizationId: data.organizationId, roles: data.roles, active: true, eventTime });
        } else if (event.type === 'auth.user.roles_changed') {
          const data = parseEventData('auth.user.roles_changed', event.data);
          await apply(tx, { userId: data.userId, organizationId: data.organizationId, roles: data.roles, eventTime });
        } else if (event.type === 'auth.user.deactivated') {
          const data = parseEventData('auth.user.deactivated', event.data);
          await apply(tx, { userId: data.userId, organizationId: data.organizationId, active: false, eventTime });
        }
      },
    };
  }

  return { apply, registerCaller, requireActiveMember, count, consumer };
}

export type KnownUsersReadModel = ReturnType<typeof createKnownUsersReadModel>;
