import { index, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { FolderSection } from '../../services/folder-sections';
import { documentsSchema } from './documents-schema';
import type { OwnerType } from './owners';

/**
 * Organisation → client → deal (with its sections) → policy. One row per (owner, section); `section`
 * is '' for the owner's own folder. `dealId` is set on every folder at or below a deal: access follows it.
 */
export const folders = documentsSchema.table(
  'folders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    parentId: uuid('parent_id'),
    ownerType: text('owner_type').$type<OwnerType>().notNull(),
    ownerId: uuid('owner_id').notNull(),
    section: text('section').$type<FolderSection | ''>().notNull(),
    name: text('name').notNull(),
    clientId: uuid('client_id'),
    dealId: uuid('deal_id'),
    /** The backend's id of the folder (Drive); null until a file is first stored in it, and always for the local disk. */
    storageRef: text('storage_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('folders_owner_section_uq').on(t.organizationId, t.ownerId, t.section),
    index('folders_parent_idx').on(t.parentId),
    index('folders_deal_idx').on(t.dealId),
  ],
);

export type FolderRow = typeof folders.$inferSelect;
