import { boolean, integer, uuid } from 'drizzle-orm/pg-core';
import { paymentsSchema } from './payments-schema';

/**
 * CRM's organisation settings that bear on who sees a deal's money, from `crm.settings.changed`
 * (ADR 0009). No row means CRM's defaults: sellers see only their own deals.
 */
export const crmSettings = paymentsSchema.table('crm_settings', {
  organizationId: uuid('organization_id').primaryKey(),
  sellersSeeAllDeals: boolean('sellers_see_all_deals').notNull(),
  /** CRM's settings version kept here: a duplicate or older event never overwrites a newer one. */
  version: integer('version').notNull(),
});

export type CrmSettingsRow = typeof crmSettings.$inferSelect;
