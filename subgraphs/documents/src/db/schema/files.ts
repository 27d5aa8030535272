import { sql } from 'drizzle-orm';
import { bigint, index, integer, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { documentsSchema } from './documents-schema';
import type { OwnerType } from './owners';

export type FileOrigin = 'USER' | 'INTEGRATION';

/**
 * A file as users see it: the newest version's facts are copied here. The same name in the same
 * folder is one file (a re-upload is a new version) while it is not deleted.
 */
export const files = documentsSchema.table(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    folderId: uuid('folder_id').notNull(),
    dealId: uuid('deal_id'),
    clientId: uuid('client_id'),
    ownerType: text('owner_type').$type<OwnerType>().notNull(),
    ownerId: uuid('owner_id').notNull(),
    /** Sanitised: no path separators or control characters. */
    name: text('name').notNull(),
    version: integer('version').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    contentType: text('content_type').notNull(),
    sha256: text('sha256').notNull(),
    authorId: uuid('author_id'),
    origin: text('origin').$type<FileOrigin>().notNull(),
    /** Integration imports only: the bytes are deleted after this unless a user renews it. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** When the expiry job deleted the bytes; the metadata stays. */
    bytesDeletedAt: timestamp('bytes_deleted_at', { withTimezone: true }),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by'),
    /** A deleted file can be restored until then; after it the purge removes its bytes. */
    purgeAfter: timestamp('purge_after', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('files_folder_name_live_uq').on(t.folderId, t.name).where(sql`${t.deletedAt} IS NULL`),
    index('files_owner_idx').on(t.ownerId),
    index('files_org_name_idx').on(t.organizationId, t.name),
    index('files_expires_idx').on(t.expiresAt).where(sql`${t.bytesDeletedAt} IS NULL`),
  ],
);

export const fileVersions = documentsSchema.table(
  'file_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileId: uuid('file_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    version: integer('version').notNull(),
    /** The name given at this upload, unsanitised (kept as metadata only). */
    originalName: text('original_name').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    contentType: text('content_type').notNull(),
    sha256: text('sha256').notNull(),
    authorId: uuid('author_id'),
    /** The backend's id of the bytes (a path under the root for the local disk, a file id on Drive). */
    storageRef: text('storage_ref').notNull(),
    /** The backend's link to open it (Drive's webViewLink), where it has one. */
    storageLink: text('storage_link'),
    bytesDeletedAt: timestamp('bytes_deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('file_versions_file_version_uq').on(t.fileId, t.version)],
);

export type FileRow = typeof files.$inferSelect;
export type FileVersionRow = typeof fileVersions.$inferSelect;
