import { sql } from 'drizzle-orm';
import { index, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { notificationsSchema } from './notifications-schema';

/**
 * Read model of CRM's deals (fed by `crm.deal.*` events): whom a payment or document event about a
 * deal concerns (its owner; for files its participants too), and the title its notification quotes. Notifications never reads CRM's tables.
 */
export const dealOwners = notificationsSchema.table(
  'deal_owners',
  {
    dealId: uuid('deal_id').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    ownerId: uuid('owner_id').notNull(),
    /** The deal's participants besides its owner; rows written before the column existed have none until their deal's next event. */
    participantIds: uuid('participant_ids').array().notNull().default(sql`'{}'::uuid[]`),
    title: text('title').notNull(),
    /** The time of the last event applied; an older event arriving late is ignored. */
    eventTime: timestamp('event_time', { withTimezone: true }).notNull(),
  },
  (t) => [index('deal_owners_organization_idx').on(t.organizationId)],
);

export type DealOwnerRow = typeof dealOwners.$inferSelect;
