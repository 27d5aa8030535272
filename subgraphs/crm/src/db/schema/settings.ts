import { DEFAULT_TIME_ZONE } from '@crm/platform';
import { boolean, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { crmSchema } from './crm-schema';

/** Per-organisation CRM settings; a missing row means the defaults. */
export const orgSettings = crmSchema.table('org_settings', {
  organizationId: uuid('organization_id').primaryKey(),
  renewalLeadDays: integer('renewal_lead_days').notNull().default(30),
  sellersSeeAllDeals: boolean('sellers_see_all_deals').notNull().default(false),
  /** The organisation's IANA time zone: where its "today" is decided (ADR 0046). */
  timeZone: text('time_zone').notNull().default(DEFAULT_TIME_ZONE),
  /**
   * The settings version whose review dates every deal has: below `version` after a change of
   * `renewalLeadDays` or `timeZone`, until the review-dates job has gone through the deals (ADR 0046).
   */
  reviewDatesVersion: integer('review_dates_version').notNull().default(1),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type OrgSettingsRow = typeof orgSettings.$inferSelect;
