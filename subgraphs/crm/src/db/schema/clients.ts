import { sql } from 'drizzle-orm';
import { date, index, integer, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { crmSchema } from './crm-schema';

/**
 * People and companies. Contacts are kept as typed and, normalised, in `*_normalized` arrays that the
 * duplicate check matches exactly; `search_text` (lower-cased name, phone digits, e-mails, INN) carries
 * a trigram index for substring search at hundreds of thousands of rows.
 */
export const clients = crmSchema.table(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    kind: text('kind', { enum: ['PERSON', 'COMPANY'] }).notNull(),
    displayName: text('display_name').notNull(),
    firstName: text('first_name'),
    lastName: text('last_name'),
    middleName: text('middle_name'),
    companyName: text('company_name'),
    phones: text('phones').array().notNull().default([]),
    emails: text('emails').array().notNull().default([]),
    phonesNormalized: text('phones_normalized').array().notNull().default([]),
    emailsNormalized: text('emails_normalized').array().notNull().default([]),
    inn: text('inn'),
    birthDate: date('birth_date', { mode: 'string' }),
    registrationData: text('registration_data'),
    address: text('address'),
    notes: text('notes'),
    tags: text('tags').array().notNull().default([]),
    ownerId: uuid('owner_id').notNull(),
    searchText: text('search_text').notNull(),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => clients.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('clients_organization_name_idx').on(t.organizationId, sql`lower(${t.displayName})`, t.id),
    index('clients_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('clients_phones_normalized_idx').using('gin', t.phonesNormalized),
    index('clients_emails_normalized_idx').using('gin', t.emailsNormalized),
    index('clients_organization_inn_idx').on(t.organizationId, t.inn).where(sql`${t.inn} IS NOT NULL`),
  ],
);

export type ClientRow = typeof clients.$inferSelect;
