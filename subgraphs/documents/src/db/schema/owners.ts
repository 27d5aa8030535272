import { index, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { documentsSchema } from './documents-schema';

export type OwnerType = 'ORGANIZATION' | 'CLIENT' | 'DEAL' | 'POLICY' | 'CALCULATION';

/**
 * What a file or folder can belong to, as CRM's events describe it: its client and deal (the deal
 * decides who may see it; a client's own folder is seen by its owner and whoever sees one of its deals).
 */
export const owners = documentsSchema.table(
  'owners',
  {
    ownerId: uuid('owner_id').primaryKey(),
    ownerType: text('owner_type').$type<OwnerType>().notNull(),
    organizationId: uuid('organization_id').notNull(),
    clientId: uuid('client_id'),
    dealId: uuid('deal_id'),
    /** The client's owner (clients only). */
    responsibleId: uuid('responsible_id'),
    title: text('title').notNull(),
    /** A renewal deal: the policy it renews (its deal's folder is linked from this deal's). */
    renewalOfPolicyId: uuid('renewal_of_policy_id'),
    eventTime: timestamp('event_time', { withTimezone: true }).notNull(),
    /** CRM deleted the client (`crm.client.deleted`, ADR 0073): a tombstone, so no late event makes its folder again. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('owners_client_idx').on(t.organizationId, t.clientId), index('owners_deal_idx').on(t.dealId)],
);

export type OwnerRow = typeof owners.$inferSelect;
