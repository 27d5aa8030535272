import type { Executor } from '@crm/platform';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { addDays, type Clock } from '../clock';
import type { DocumentsConfig } from '../config';
import { files, folders, owners } from '../db/schema';
import type { FileEventsPublisher } from '../events/file-events.publisher';
import type { StorageAdapter } from '../storage/storage-adapter';
import { enqueueDriveOperation } from './drive-operations.service';

export interface DeletedClient {
  organizationId: string;
  clientId: string;
  displayName: string;
  eventTime: Date;
  actorId: string | null;
}

/**
 * CRM deleted a client (ADR 0050: only one without deals), so its folder goes (ADR 0073): the client's
 * own files are deleted the way a user deletes a file (a `documents.file.removed` DELETED each, bytes
 * purged after the retention period by the purge job), the folder row goes, its Drive folder goes to
 * Drive's trash once this transaction has committed (ADR 0077), and the owner row stays as a tombstone so that no late client event makes the folder
 * again. Idempotent: a redelivered event finds nothing left to do.
 */
export function createDeletedClientFolder(deps: { clock: Clock; config: DocumentsConfig; storage: StorageAdapter; events: FileEventsPublisher }) {
  return async function removeFolderOfDeletedClient(tx: Executor, client: DeletedClient): Promise<void> {
    const { organizationId, clientId } = client;
    await tx
      .insert(owners)
      .values({ ownerId: clientId, ownerType: 'CLIENT', organizationId, clientId, dealId: null, responsibleId: null, title: client.displayName, eventTime: client.eventTime, deletedAt: client.eventTime })
      .onConflictDoUpdate({ target: owners.ownerId, set: { deletedAt: client.eventTime }, setWhere: isNull(owners.deletedAt) });
    const clientFolders = await tx
      .select()
      .from(folders)
      .where(and(eq(folders.organizationId, organizationId), eq(folders.ownerId, clientId), eq(folders.ownerType, 'CLIENT')));
    if (clientFolders.length === 0) return;
    const folderIds = clientFolders.map((folder) => folder.id);
    const now = deps.clock();
    const removed = await tx
      .update(files)
      .set({ deletedAt: now, deletedBy: client.actorId, purgeAfter: addDays(now, deps.config.retentionDays) })
      .where(and(eq(files.organizationId, organizationId), inArray(files.folderId, folderIds), isNull(files.deletedAt)))
      .returning();
    for (const file of removed) await deps.events.removed(tx, file, 'DELETED', client.actorId);
    // A deal folder still under it (a deal merged away before the folder followed it) moves up to the root rather than vanish.
    // On Drive it moves out first: trashing a folder trashes what is in it.
    const [root] = await tx.select().from(folders).where(and(eq(folders.organizationId, organizationId), eq(folders.ownerType, 'ORGANIZATION')));
    const movedUp = await tx
      .update(folders)
      .set({ parentId: root?.id ?? null })
      .where(and(eq(folders.organizationId, organizationId), inArray(folders.parentId, folderIds)))
      .returning({ id: folders.id });
    for (const { id } of movedUp) await enqueueDriveOperation(tx, deps.storage, { kind: 'move', organizationId, folderId: id });
    await tx.delete(folders).where(inArray(folders.id, folderIds));
    // Drive's trash keeps it restorable by an operator for Drive's own 30 days; only after the commit (ADR 0077).
    for (const { storageRef } of clientFolders) if (storageRef) await enqueueDriveOperation(tx, deps.storage, { kind: 'trash', organizationId, ref: storageRef });
  };
}

export type RemoveFolderOfDeletedClient = ReturnType<typeof createDeletedClientFolder>;
