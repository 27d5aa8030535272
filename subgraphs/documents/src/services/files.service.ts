import { appError, checkedId, ErrorCode, hasRole, isUniqueViolation, type Db, type Executor, type Identity } from '@crm/platform';
import { and, asc, desc, eq, ilike, isNull, sql } from 'drizzle-orm';
import { addDays, type Clock } from '../clock';
import type { DocumentsConfig } from '../config';
import { files, fileVersions, folders, type FileRow, type FileVersionRow, type LinkRow } from '../db/schema';
import type { FileEventsPublisher } from '../events/file-events.publisher';
import type { StoredObject } from '../storage/storage-adapter';
import type { DocumentAccessService } from './document-access.service';
import { principalOf } from './links.service';
import { documentsText } from '../documents.texts';

export interface StoredUpload {
  size: number;
  sha256: string;
  contentType: string;
  stored: StoredObject;
}

const SEARCH_LIMIT = 50;
const live = isNull(files.deletedAt);

/** Files and their versions: what a folder lists, who added what, and the lifecycle of a file's bytes. */
export function createFilesService(deps: { db: Db; clock: Clock; config: DocumentsConfig; access: DocumentAccessService; events: FileEventsPublisher }) {
  /**
   * Commits a stored upload: a new file, or the next version of the live file of that name in the folder.
   * Runs after the bytes are stored and hashed; two uploads of one new name race on the unique index, and the loser becomes version 2.
   */
  async function commitUpload(link: LinkRow, upload: StoredUpload, uploader: { userId: string; service: boolean }): Promise<FileRow> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await deps.db.transaction((tx) => commitOnce(tx, link, upload, uploader));
      } catch (error) {
        if (attempt > 0 || !isUniqueViolation(error)) throw error;
      }
    }
  }

  async function commitOnce(tx: Executor, link: LinkRow, upload: StoredUpload, uploader: { userId: string; service: boolean }): Promise<FileRow> {
    const now = deps.clock();
    const [folder] = await tx.select().from(folders).where(eq(folders.id, link.folderId ?? ''));
    if (!folder || !link.name || !link.ownerType || !link.ownerId) throw new Error('upload link without its binding');
    const [existing] = await tx.select().from(files).where(and(eq(files.folderId, folder.id), eq(files.name, link.name), live)).for('update');
    const authorId = uploader.service ? null : uploader.userId;
    const origin = uploader.service ? ('INTEGRATION' as const) : ('USER' as const);
    const facts = { size: upload.size, sha256: upload.sha256, contentType: upload.contentType, authorId, updatedAt: now, origin };
    const expiresAt = origin === 'INTEGRATION' ? addDays(now, deps.config.importExpiryDays) : null;
    const [file] = existing
      ? await tx
          .update(files)
          .set({ ...facts, version: existing.version + 1, expiresAt, bytesDeletedAt: null })
          .where(eq(files.id, existing.id))
          .returning()
      : await tx
          .insert(files)
          .values({
            ...facts,
            organizationId: folder.organizationId,
            folderId: folder.id,
            dealId: folder.dealId,
            clientId: folder.clientId,
            ownerType: link.ownerType,
            ownerId: link.ownerId,
            name: link.name,
            version: 1,
            expiresAt,
            createdAt: now,
          })
          .returning();
    if (!file) throw new Error('file row not written');
    await tx.insert(fileVersions).values({
      fileId: file.id,
      organizationId: file.organizationId,
      version: file.version,
      originalName: link.originalName ?? link.name,
      size: upload.size,
      contentType: upload.contentType,
      sha256: upload.sha256,
      authorId,
      storageRef: upload.stored.ref,
      storageLink: upload.stored.link,
      createdAt: now,
    });
    await deps.events.added(tx, file, authorId);
    return file;
  }

  /** A file the caller may see (deleted ones included: they can be restored); NOT_FOUND otherwise. */
  async function byId(executor: Executor, identity: Identity, id: string, field = 'id'): Promise<FileRow> {
    const [file] = await executor.select().from(files).where(and(eq(files.id, checkedId(id, field)), eq(files.organizationId, identity.orgId)));
    if (!file || !(await deps.access.canRead(executor, identity, file))) throw appError(ErrorCode.NotFound, { text: documentsText('noSuchDocument'), field });
    return file;
  }

  /** Live files of one folder, by name; the caller's access to the folder is checked by whoever found the folder. */
  const inFolder = (executor: Executor, folderId: string) => executor.select().from(files).where(and(eq(files.folderId, folderId), live)).orderBy(asc(files.name));

  /** Live files of an owner (a deal: every file under its folder, sections and policies included). */
  const ofOwner = (executor: Executor, column: 'dealId' | 'clientId' | 'ownerId', id: string, clientOwnOnly = false) =>
    executor
      .select()
      .from(files)
      .where(and(eq(files[column], id), live, clientOwnOnly ? isNull(files.dealId) : undefined))
      .orderBy(desc(files.updatedAt), asc(files.id));

  /** By name, among live files of deals the caller sees (and, for admins, clients' own folders). */
  async function search(identity: Identity, query: string): Promise<FileRow[]> {
    const term = query.trim();
    if (term.length < 2) throw appError(ErrorCode.BadUserInput, { text: documentsText('searchTooShort'), field: 'query' });
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const visible = hasRole(identity, 'ADMIN') ? sql`true` : deps.access.readableDealsCondition(identity, files.dealId);
    return deps.db
      .select()
      .from(files)
      .where(and(eq(files.organizationId, identity.orgId), live, ilike(files.name, pattern), visible))
      .orderBy(desc(files.updatedAt), asc(files.id))
      .limit(SEARCH_LIMIT);
  }

  const versions = (executor: Executor, fileId: string) =>
    executor.select().from(fileVersions).where(eq(fileVersions.fileId, fileId)).orderBy(desc(fileVersions.version));

  async function version(executor: Executor, file: FileRow, number: number | null | undefined): Promise<FileVersionRow> {
    const [row] = await executor
      .select()
      .from(fileVersions)
      .where(and(eq(fileVersions.fileId, file.id), eq(fileVersions.version, number ?? file.version)));
    if (!row) throw appError(ErrorCode.NotFound, { text: documentsText('noSuchVersion'), field: 'input.version' });
    if (row.bytesDeletedAt) throw appError(ErrorCode.NotFound, { text: documentsText('bytesDeleted'), field: 'input.documentId' });
    return row;
  }

  /** Soft delete: out of every list at once, restorable until the retention ends, then purged by the job. */
  async function remove(identity: Identity, id: string): Promise<FileRow> {
    return deps.db.transaction(async (tx) => {
      const file = await byId(tx, identity, id, 'input.documentId');
      if (file.deletedAt) return file;
      const now = deps.clock();
      const [deleted] = await tx
        .update(files)
        .set({ deletedAt: now, deletedBy: identity.kind === 'user' ? identity.userId : null, purgeAfter: addDays(now, deps.config.retentionDays) })
        .where(eq(files.id, file.id))
        .returning();
      await deps.events.removed(tx, deleted!, 'DELETED', principalOf(identity));
      return deleted!;
    });
  }

  /** Back into its folder, unless a live file has taken its name meanwhile (CONFLICT) or its bytes are gone. */
  async function restore(identity: Identity, id: string): Promise<FileRow> {
    return deps.db.transaction(async (tx) => {
      const file = await byId(tx, identity, id, 'input.documentId');
      if (!file.deletedAt) return file;
      if (file.bytesDeletedAt) throw appError(ErrorCode.Conflict, { text: documentsText('retentionOver'), field: 'input.documentId' });
      // Its folder went with a deleted client (ADR 0073): there is nowhere to restore it to.
      const [folder] = await tx.select({ id: folders.id }).from(folders).where(eq(folders.id, file.folderId));
      if (!folder) throw appError(ErrorCode.Conflict, { text: documentsText('folderGone'), field: 'input.documentId' });
      try {
        const [restored] = await tx.update(files).set({ deletedAt: null, deletedBy: null, purgeAfter: null }).where(eq(files.id, file.id)).returning();
        return restored!;
      } catch (error) {
        if (isUniqueViolation(error)) throw appError(ErrorCode.Conflict, { text: documentsText('nameTakenInFolder'), field: 'input.documentId' });
        throw error;
      }
    });
  }

  /** Another 90 days for an integration's import (SPEC retention); other files never expire. */
  async function renew(identity: Identity, id: string): Promise<FileRow> {
    const file = await byId(deps.db, identity, id, 'input.documentId');
    if (!file.expiresAt) throw appError(ErrorCode.BadUserInput, { text: documentsText('onlyImportedExpire'), field: 'input.documentId' });
    if (file.bytesDeletedAt) throw appError(ErrorCode.Conflict, { text: documentsText('alreadyExpired'), field: 'input.documentId' });
    const [renewed] = await deps.db
      .update(files)
      .set({ expiresAt: addDays(deps.clock(), deps.config.importExpiryDays) })
      .where(eq(files.id, file.id))
      .returning();
    return renewed!;
  }

  /** The version a claimed download link names, with its file; null once its bytes are gone. */
  async function versionForDownload(versionId: string): Promise<{ file: FileRow; version: FileVersionRow } | null> {
    const [row] = await deps.db.select({ file: files, version: fileVersions }).from(fileVersions).innerJoin(files, eq(files.id, fileVersions.fileId)).where(eq(fileVersions.id, versionId));
    return row && !row.version.bytesDeletedAt ? row : null;
  }

  return { commitUpload, versionForDownload, byId, inFolder, ofOwner, search, versions, version, remove, restore, renew };
}

export type FilesService = ReturnType<typeof createFilesService>;
