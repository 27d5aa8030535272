import type { Role } from '@crm/contracts';
import { boolean, index, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tasksSchema } from './tasks-schema';

/**
 * Read model of Auth's users (fed by `auth.user.*` events): who may be an assignee. Tasks never
 * reads Auth's tables; a verified token also registers its own user when the event has not arrived.
 */
export const knownUsers = tasksSchema.table(
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

export type KnownUserRow = typeof knownUsers.$inferSelect;
