import { boolean, index, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tasksSchema } from './tasks-schema';

/** Read model of who may see each CRM deal (fed by `crm.deal.*` events; ADR 0008). */
export const dealAccess = tasksSchema.table(
  'deal_access',
  {
    dealId: uuid('deal_id').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    ownerId: uuid('owner_id').notNull(),
    participantIds: uuid('participant_ids').array().notNull(),
    archived: boolean('archived').notNull(),
    /** The time of the last event applied; an older event arriving late is ignored. */
    eventTime: timestamp('event_time', { withTimezone: true }).notNull(),
  },
  (t) => [index('deal_access_organization_owner_idx').on(t.organizationId, t.ownerId)],
);

export type DealAccessRow = typeof dealAccess.$inferSelect;
