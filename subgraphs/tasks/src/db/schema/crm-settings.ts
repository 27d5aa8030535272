import { boolean, integer, uuid } from 'drizzle-orm/pg-core';
import { tasksSchema } from './tasks-schema';

/**
 * Read model of CRM's organisation settings that bear on deal access (fed by `crm.settings.changed`;
 * ADR 0008). No row means CRM's defaults: sellers see only their own deals.
 */
export const crmSettings = tasksSchema.table('crm_settings', {
  organizationId: uuid('organization_id').primaryKey(),
  sellersSeeAllDeals: boolean('sellers_see_all_deals').notNull(),
  /** CRM's settings version of the state kept here: an older event arriving late is ignored. */
  version: integer('version').notNull(),
});

export type CrmSettingsRow = typeof crmSettings.$inferSelect;
