import { boolean, integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { crmSchema } from './crm-schema';

/** Per-organisation CRM settings; a missing row means the defaults. */
export const orgSettings = crmSchema.table('org_settings', {
  organizationId: uuid('organization_id').primaryKey(),
  renewalLeadDays: integer('renewal_lead_days').notNull().default(30),
  sellersSeeAllDeals: boolean('sellers_see_all_deals').notNull().default(false),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type OrgSettingsRow = typeof orgSettings.$inferSelect;
