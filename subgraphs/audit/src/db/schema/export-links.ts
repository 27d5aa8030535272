import { index, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { auditSchema } from './audit-schema';

/**
 * One-time links to a CSV export of the trail (the token's hash only), bound to the administrator who
 * asked, their organisation, the filter and the language of the summaries.
 */
export const exportLinks = auditSchema.table(
  'export_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    userId: text('user_id').notNull(),
    /** The `AuditLogFilter` as given, dates as ISO strings. */
    filter: jsonb('filter').$type<ExportFilter>().notNull(),
    language: text('language').$type<'ru' | 'en'>().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('export_links_expires_idx').on(table.expiresAt)],
);

export interface ExportFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  channel?: 'web' | 'bot' | 'partner' | 'system' | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
}

export type ExportLinkRow = typeof exportLinks.$inferSelect;
