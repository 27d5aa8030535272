import { appError, checkedId, ErrorCode, type Db, type Executor, type Identity } from '@crm/platform';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { files, folders, owners, type FolderRow, type OwnerRow, type OwnerType } from '../db/schema';
import type { StorageAdapter } from '../storage/storage-adapter';
import type { DocumentAccessService } from './document-access.service';
import { enqueueDriveOperation } from './drive-operations.service';
import { FOLDER_SECTIONS, SECTION_NAMES, type FolderSection } from './folder-sections';
import { documentsText } from '../documents.texts';

export interface OwnerEvent {
  ownerType: Exclude<OwnerType, 'ORGANIZATION'>;
  ownerId: string;
  organizationId: string;
  clientId: string | null;
  dealId: string | null;
  responsibleId?: string | null;
  title: string;
  eventTime: Date;
  /** Only on `crm.deal.created` of a renewal deal; later deal events leave it as it is. */
  renewalOfPolicyId?: string;
}

const ROOT_NAME = 'Документы';

/**
 * The folder tree, kept from CRM's events (ADR 0036): organisation → client → deal (with its sections)
 * → policy, inside the deal's «Полис». Rows only: a backend folder (Drive) is made when a file first needs it.
 */
export function createFoldersService(deps: { db: Db; storage: StorageAdapter; access: DocumentAccessService }) {
  async function ensure(tx: Executor, row: Omit<FolderRow, 'id' | 'createdAt' | 'storageRef'>): Promise<FolderRow> {
    await tx.insert(folders).values(row).onConflictDoNothing();
    const [found] = await tx
      .select()
      .from(folders)
      .where(and(eq(folders.organizationId, row.organizationId), eq(folders.ownerId, row.ownerId), eq(folders.section, row.section)));
    if (!found) throw new Error('folder vanished');
    return found;
  }

  const root = (tx: Executor, organizationId: string) =>
    ensure(tx, { organizationId, parentId: null, ownerType: 'ORGANIZATION', ownerId: organizationId, section: '', name: ROOT_NAME, clientId: null, dealId: null });

  const clientFolder = async (tx: Executor, organizationId: string, clientId: string, name: string) =>
    ensure(tx, { organizationId, parentId: (await root(tx, organizationId)).id, ownerType: 'CLIENT', ownerId: clientId, section: '', name, clientId, dealId: null });

  async function dealFolder(tx: Executor, organizationId: string, clientId: string, dealId: string, name: string): Promise<FolderRow> {
    const client = await clientFolder(tx, organizationId, clientId, clientId);
    const deal = await ensure(tx, { organizationId, parentId: client.id, ownerType: 'DEAL', ownerId: dealId, section: '', name, clientId, dealId });
    if (deal.parentId !== client.id) {
      // The deal moved to another client (clients merged, ADR 0073): its folder, sections, policies and files follow.
      await tx.update(folders).set({ parentId: client.id }).where(eq(folders.id, deal.id));
      await enqueueDriveOperation(tx, deps.storage, { kind: 'move', organizationId, folderId: deal.id });
      await tx.update(folders).set({ clientId }).where(and(eq(folders.organizationId, organizationId), eq(folders.dealId, dealId)));
      await tx.update(files).set({ clientId }).where(and(eq(files.organizationId, organizationId), eq(files.dealId, dealId)));
    }
    for (const section of FOLDER_SECTIONS) {
      await ensure(tx, { organizationId, parentId: deal.id, ownerType: 'DEAL', ownerId: dealId, section, name: SECTION_NAMES[section], clientId, dealId });
    }
    return deal;
  }

  /** Applies a CRM event about a client, deal, policy or calculation: the owner row, its folder, the folder's current name. */
  async function applyOwner(tx: Executor, event: OwnerEvent): Promise<void> {
    const { ownerId, ...state } = event;
    const updated = await tx
      .insert(owners)
      .values({ ...event, responsibleId: event.responsibleId ?? null })
      .onConflictDoUpdate({ target: owners.ownerId, set: { ...state, responsibleId: event.responsibleId ?? null }, setWhere: sql`${owners.eventTime} <= ${event.eventTime.toISOString()} AND ${owners.deletedAt} IS NULL` })
      .returning({ ownerId: owners.ownerId });
    if (updated.length === 0) return;
    const { organizationId, clientId, dealId, title } = event;
    if (event.ownerType === 'CLIENT') await clientFolder(tx, organizationId, ownerId, title);
    if (event.ownerType === 'DEAL' && clientId) await dealFolder(tx, organizationId, clientId, ownerId, title);
    if (event.ownerType === 'POLICY' && clientId && dealId) {
      const [policySection] = await tx.select().from(folders).where(and(eq(folders.ownerId, dealId), eq(folders.section, 'POLICY')));
      const parent = policySection ?? (await dealFolder(tx, organizationId, clientId, dealId, dealId));
      await ensure(tx, { organizationId, parentId: parent.id, ownerType: 'POLICY', ownerId, section: '', name: title, clientId, dealId });
    }
    if (event.ownerType !== 'CALCULATION') {
      const renamed = await tx
        .update(folders)
        .set({ name: title })
        .where(and(eq(folders.ownerId, ownerId), eq(folders.section, ''), eq(folders.organizationId, organizationId), ne(folders.name, title)))
        .returning({ storageRef: folders.storageRef });
      // The backend's folder follows (Drive); redoing it when the event is redelivered is harmless.
      for (const { storageRef } of renamed) if (storageRef) await deps.storage.renameFolder(storageRef, title);
    }
  }

  async function findOwner(executor: Executor, organizationId: string, ownerId: string): Promise<OwnerRow | null> {
    const [row] = await executor.select().from(owners).where(and(eq(owners.ownerId, ownerId), eq(owners.organizationId, organizationId)));
    return row ?? null;
  }

  async function byId(executor: Executor, identity: Identity, id: string): Promise<FolderRow> {
    const [folder] = await executor.select().from(folders).where(and(eq(folders.id, checkedId(id, 'id')), eq(folders.organizationId, identity.orgId)));
    if (!folder || !(await deps.access.canRead(executor, identity, folder))) throw appError(ErrorCode.NotFound, { text: documentsText('noSuchFolder'), field: 'id' });
    return folder;
  }

  /** The owner's own folder (`section` empty) or one of a deal's sections; NOT_FOUND where the caller may not see it. */
  async function ofOwner(executor: Executor, identity: Identity, ownerId: string, section: FolderSection | '' = ''): Promise<FolderRow> {
    const [folder] = await executor
      .select()
      .from(folders)
      .where(and(eq(folders.ownerId, ownerId), eq(folders.section, section), eq(folders.organizationId, identity.orgId)));
    if (!folder || !(await deps.access.canRead(executor, identity, folder))) throw appError(ErrorCode.NotFound, { text: documentsText('noFolderForRecord') });
    return folder;
  }

  /** For a claimed upload link, which was bound to the folder after an access check. */
  async function byIdUnchecked(id: string): Promise<FolderRow> {
    const [folder] = await deps.db.select().from(folders).where(eq(folders.id, id));
    if (!folder) throw new Error('upload link names a missing folder');
    return folder;
  }

  /** A renewal deal's folder → the folder of the deal whose policy it renews; null where none, or the caller may not see it. */
  async function renewedFolder(executor: Executor, identity: Identity, folder: FolderRow): Promise<FolderRow | null> {
    if (folder.ownerType !== 'DEAL' || folder.section !== '') return null;
    const deal = await findOwner(executor, folder.organizationId, folder.ownerId);
    const policy = deal?.renewalOfPolicyId ? await findOwner(executor, folder.organizationId, deal.renewalOfPolicyId) : null;
    if (!policy?.dealId) return null;
    const [previous] = await executor
      .select()
      .from(folders)
      .where(and(eq(folders.ownerId, policy.dealId), eq(folders.section, ''), eq(folders.organizationId, folder.organizationId)));
    return previous && (await deps.access.canRead(executor, identity, previous)) ? previous : null;
  }

  const children = (executor: Executor, folder: FolderRow) =>
    executor.select().from(folders).where(eq(folders.parentId, folder.id)).orderBy(asc(folders.name));

  async function parentOf(executor: Executor, folder: FolderRow): Promise<FolderRow | null> {
    if (!folder.parentId) return null;
    const [parent] = await executor.select().from(folders).where(eq(folders.id, folder.parentId));
    return parent ?? null;
  }

  /** The backend's folder for `folder`, made (with its ancestors) on first use; null where the backend has none. */
  async function storageFolder(executor: Executor, folder: FolderRow): Promise<string | null> {
    if (folder.storageRef || deps.storage.kind === 'local') return folder.storageRef;
    const parent = await parentOf(executor, folder);
    const parentRef = parent ? await storageFolder(executor, parent) : null;
    const ref = await deps.storage.createFolder(folder.name, parentRef);
    await executor.update(folders).set({ storageRef: ref }).where(eq(folders.id, folder.id));
    return ref;
  }

  return { applyOwner, findOwner, byId, byIdUnchecked, ofOwner, renewedFolder, children, parentOf, storageFolder };
}

export type FoldersService = ReturnType<typeof createFoldersService>;
