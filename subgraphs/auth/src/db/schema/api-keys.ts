import { index, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { authSchema } from './auth-schema';
import { organizations } from './organizations';
import { users } from './users';

/** Partner credentials: only the hash of the secret is kept, the prefix lets people tell keys apart. */
export const apiKeys = authSchema.table(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull().unique(),
    allowedOperations: text('allowed_operations').array().notNull().default([]),
    /** Requests per minute this key may make at the router; null: the router's RATE_LIMIT_PER_API_KEY. */
    rateLimitPerMinute: integer('rate_limit_per_minute'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_keys_organization_created_idx').on(t.organizationId, t.createdAt)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
