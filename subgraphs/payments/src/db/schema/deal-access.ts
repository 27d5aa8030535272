import { boolean, timestamp, uuid } from 'drizzle-orm/pg-core';
import { paymentsSchema } from './payments-schema';

/** Who may see a deal's money: a read model of the CRM deal events (ADR 0009). */
export const dealAccess = paymentsSchema.table('deal_access', {
  dealId: uuid('deal_id').primaryKey(),
  organizationId: uuid('organization_id').notNull(),
  ownerId: uuid('owner_id').notNull(),
  participantIds: uuid('participant_ids').array().notNull(),
  archived: boolean('archived').notNull(),
  /** The event time of the state kept here: an older event never overwrites a newer one. */
  stateAt: timestamp('state_at', { withTimezone: true }).notNull(),
});

export type DealAccessRow = typeof dealAccess.$inferSelect;
