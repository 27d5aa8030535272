import { bigint, index, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { documentsSchema } from './documents-schema';
import type { OwnerType } from './owners';

export type LinkKind = 'UPLOAD' | 'DOWNLOAD';

/**
 * A one-time link: only the SHA-256 of its token is stored. Bound to the user who asked, the folder
 * and maximum size (uploads) or the version (downloads); `usedAt` is set by the one request that wins it.
 */
export const links = documentsSchema.table(
  'links',
  {
    tokenHash: text('token_hash').primaryKey(),
    kind: text('kind').$type<LinkKind>().notNull(),
    organizationId: uuid('organization_id').notNull(),
    // A user id, or a service principal's id (integrations).
    userId: text('user_id').notNull(),
    folderId: uuid('folder_id'),
    ownerType: text('owner_type').$type<OwnerType>(),
    ownerId: uuid('owner_id'),
    name: text('name'),
    originalName: text('original_name'),
    maxBytes: bigint('max_bytes', { mode: 'number' }),
    versionId: uuid('version_id'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('links_expires_idx').on(t.expiresAt)],
);

export type LinkRow = typeof links.$inferSelect;
