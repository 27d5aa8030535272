import type { Db, Logger } from '@crm/platform';
import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Clock } from '../clock';
import { files, fileVersions, type FileRow } from '../db/schema';
import type { FileEventsPublisher } from '../events/file-events.publisher';
import type { StorageAdapter } from '../storage/storage-adapter';

const BATCH = 100;

/**
 * The two sweeps that delete bytes and keep metadata: integrations' imports past their expiry (90 days
 * unless renewed) and deleted files past their retention. Each deletion is a `documents.file.removed`
 * event (the audit trail). Removing from storage first and idempotently makes a crash between the two
 * steps harmless: the next sweep finds the row again.
 */
export function createRetentionService(deps: { db: Db; clock: Clock; storage: StorageAdapter; events: FileEventsPublisher; logger: Logger }) {
  async function deleteBytes(file: FileRow, reason: 'EXPIRED' | 'PURGED'): Promise<void> {
    const versions = await deps.db.select().from(fileVersions).where(and(eq(fileVersions.fileId, file.id), isNull(fileVersions.bytesDeletedAt)));
    for (const version of versions) await deps.storage.remove(version.storageRef);
    const now = deps.clock();
    await deps.db.transaction(async (tx) => {
      await tx.update(fileVersions).set({ bytesDeletedAt: now }).where(eq(fileVersions.fileId, file.id));
      const [updated] = await tx.update(files).set({ bytesDeletedAt: now }).where(and(eq(files.id, file.id), isNull(files.bytesDeletedAt))).returning();
      if (updated) await deps.events.removed(tx, updated, reason, null);
    });
  }

  async function sweep(reason: 'EXPIRED' | 'PURGED'): Promise<number> {
    const now = deps.clock();
    const due =
      reason === 'EXPIRED'
        ? and(isNotNull(files.expiresAt), lte(files.expiresAt, now), isNull(files.bytesDeletedAt))
        : and(isNotNull(files.deletedAt), lte(files.purgeAfter, now), isNull(files.bytesDeletedAt));
    let done = 0;
    for (;;) {
      const batch = await deps.db.select().from(files).where(due).limit(BATCH);
      for (const file of batch) await deleteBytes(file, reason);
      done += batch.length;
      if (batch.length < BATCH) break;
    }
    if (done) deps.logger.info({ reason, files: done }, 'document bytes deleted');
    return done;
  }

  return { expireImports: () => sweep('EXPIRED'), purgeDeleted: () => sweep('PURGED') };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
