import type { Db, Executor, Logger } from '@crm/platform';
import { asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import { driveOperations, folders, type DriveOperationKind, type DriveOperationRow } from '../db/schema';
import type { StorageAdapter } from '../storage/storage-adapter';
import type { FoldersService } from './folders.service';

/** At most this many operations per run; the next run takes the rest. */
const BATCH = 50;
const DAY_MS = 86_400_000;

export type DriveOperation = { organizationId: string } & ({ kind: Extract<DriveOperationKind, 'move'>; folderId: string } | { kind: Extract<DriveOperationKind, 'trash'>; ref: string });

/**
 * Queues a Drive side effect in the caller's transaction (a rollback takes it back with everything else);
 * the local disk has no folders, so nothing is queued for it.
 */
export async function enqueueDriveOperation(tx: Executor, storage: StorageAdapter, operation: DriveOperation): Promise<void> {
  if (storage.kind === 'local') return;
  await tx.insert(driveOperations).values({ organizationId: operation.organizationId, kind: operation.kind, folderId: 'folderId' in operation ? operation.folderId : null, ref: 'ref' in operation ? operation.ref : null });
}

/**
 * Drive side effects of CRM's events, after the commit (ADR 0077): a consumer queues them in its own
 * transaction, so a rollback takes the operation back with everything else, and `runPending` (a job)
 * does them in order, one transaction each, marking each done. Each is idempotent (moving a folder
 * where it is, trashing one in the trash), so a run cut short between the call and the mark redoes it
 * harmlessly. A failing operation stops the run (a later one may depend on it) and is tried again by
 * the next. Operations done a day ago are forgotten.
 */
export function createDriveOperationsService(deps: { db: Db; storage: StorageAdapter; folders: FoldersService; clock: Clock; logger: Logger }) {
  async function apply(tx: Executor, operation: DriveOperationRow): Promise<void> {
    if (operation.kind === 'trash' && operation.ref) return deps.storage.remove(operation.ref);
    if (operation.kind !== 'move' || !operation.folderId) return;
    const [folder] = await tx.select().from(folders).where(eq(folders.id, operation.folderId));
    // A folder never made on Drive is made under its parent when a file first needs it.
    if (!folder?.storageRef) return;
    const parent = await deps.folders.parentOf(tx, folder);
    await deps.storage.moveFolder(folder.storageRef, parent ? await deps.folders.storageFolder(tx, parent) : null);
  }

  /** Does the pending operations, oldest first; the number done. */
  async function runPending(): Promise<number> {
    await deps.db.delete(driveOperations).where(lt(driveOperations.doneAt, new Date(deps.clock().getTime() - DAY_MS)));
    let done = 0;
    while (done < BATCH) {
      const next = await deps.db.transaction(async (tx) => {
        // Locked, not skipped: a second runner waits rather than overtake (a move must precede the trash of the folder it leaves).
        const [operation] = await tx.select().from(driveOperations).where(isNull(driveOperations.doneAt)).orderBy(asc(driveOperations.seq)).limit(1).for('update');
        if (!operation) return 'none';
        try {
          await apply(tx, operation);
          await tx.update(driveOperations).set({ doneAt: deps.clock() }).where(eq(driveOperations.seq, operation.seq));
          return 'done';
        } catch (error) {
          deps.logger.warn({ err: error, operation: operation.seq }, 'a Drive operation failed; retried on the next run');
          await tx.update(driveOperations).set({ attempts: sql`${driveOperations.attempts} + 1`, lastError: String(error) }).where(eq(driveOperations.seq, operation.seq));
          return 'failed';
        }
      });
      if (next !== 'done') break;
      done += 1;
    }
    return done;
  }

  return { runPending };
}

export type DriveOperationsService = ReturnType<typeof createDriveOperationsService>;
