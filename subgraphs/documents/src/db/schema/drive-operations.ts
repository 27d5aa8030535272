import { bigserial, index, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { documentsSchema } from './documents-schema';

export type DriveOperationKind = 'move' | 'trash';

/**
 * Changes to the backend's folders that a consumer decided in its transaction, done after it committed
 * (ADR 0077): the job runs them in `seq` order and marks each done; a transaction rolled back leaves none.
 * `move` puts folder `folderId`'s backend folder under its parent's as the rows stand when it runs;
 * `trash` sends backend folder `ref` to Drive's trash (its row is gone by then).
 */
export const driveOperations = documentsSchema.table(
  'drive_operations',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    kind: text('kind').$type<DriveOperationKind>().notNull(),
    folderId: uuid('folder_id'),
    ref: text('ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('drive_operations_pending_idx').on(t.seq).where(sql`done_at IS NULL`)],
);

export type DriveOperationRow = typeof driveOperations.$inferSelect;
