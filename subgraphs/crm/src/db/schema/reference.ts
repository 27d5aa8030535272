import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { crmSchema } from './crm-schema';

/** The organisation's own list of insurers (admins edit it). */
export const insurers = crmSchema.table(
  'insurers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('insurers_organization_name_key').on(t.organizationId, sql`lower(${t.name})`)],
);

/** Insurance products; `insurerId` null means the product is offered by any insurer (e.g. OSAGO). */
export const insuranceProducts = crmSchema.table(
  'insurance_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    insurerId: uuid('insurer_id').references(() => insurers.id),
    name: text('name').notNull(),
    insuranceType: text('insurance_type'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('insurance_products_organization_idx').on(t.organizationId, t.insurerId)],
);

export type InsurerRow = typeof insurers.$inferSelect;
export type InsuranceProductRow = typeof insuranceProducts.$inferSelect;
