import { text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authSchema } from './auth-schema';

/** The tenant itself: its `id` is the organisation id every other row carries. */
export const organizations = authSchema.table('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type OrganizationRow = typeof organizations.$inferSelect;
