import { appError, ErrorCode, parseInput, type Db, type Identity } from '@crm/platform';
import { z } from 'zod';
import type { DocumentsConfig } from '../config';
import type { OwnerType } from '../db/schema';
import { sanitizeFileName } from './file-names';
import type { FilesService } from './files.service';
import { FOLDER_SECTIONS } from './folder-sections';
import type { FoldersService } from './folders.service';
import type { IssuedLink, LinksService } from './links.service';
import { documentsText } from '../documents.texts';

const uploadInput = z
  .object({
    folderId: z.uuid().nullish(),
    /** A calculation's files go to its deal's «Расчёты», owned by the calculation. */
    calculationId: z.uuid().nullish(),
    name: z.string().min(1).max(1000),
    size: z.number().int().nonnegative().nullish(),
  })
  .refine((input) => Boolean(input.folderId) !== Boolean(input.calculationId), { message: documentsText.reason('folderOrCalculation'), path: ['folderId'] });

const downloadInput = z.object({ documentId: z.uuid(), version: z.number().int().positive().nullish() });

export interface IssuedUploadLink extends IssuedLink {
  maxBytes: number;
  name: string;
}

/** The two mutations that hand out one-time links, after the access check (bytes never go through GraphQL). */
export function createTransfersService(deps: { db: Db; config: DocumentsConfig; folders: FoldersService; files: FilesService; links: LinksService }) {
  async function requestUpload(identity: Identity, raw: unknown): Promise<IssuedUploadLink> {
    const input = parseInput(uploadInput, raw);
    const name = sanitizeFileName(input.name);
    if (input.size && input.size > deps.config.maxUploadBytes) {
      throw appError(ErrorCode.BadUserInput, { text: documentsText('tooLargeUpload', { maxBytes: deps.config.maxUploadBytes }), field: 'input.size' });
    }
    let owner: { ownerType: OwnerType; ownerId: string };
    let folder;
    if (input.calculationId) {
      const calculation = await deps.folders.findOwner(deps.db, identity.orgId, input.calculationId);
      if (!calculation?.dealId || calculation.ownerType !== 'CALCULATION') throw appError(ErrorCode.NotFound, { text: documentsText('noSuchCalculation'), field: 'input.calculationId' });
      folder = await deps.folders.ofOwner(deps.db, identity, calculation.dealId, 'CALCULATIONS');
      owner = { ownerType: 'CALCULATION', ownerId: calculation.ownerId };
    } else {
      folder = await deps.folders.byId(deps.db, identity, input.folderId ?? '');
      if (folder.ownerType === 'ORGANIZATION') throw appError(ErrorCode.BadUserInput, { text: documentsText('wrongFolder'), field: 'input.folderId' });
      owner = { ownerType: folder.ownerType, ownerId: folder.ownerId };
    }
    const maxBytes = input.size ?? deps.config.maxUploadBytes;
    const link = await deps.links.issueUpload(deps.db, identity, { folder, ...owner, name, originalName: input.name, maxBytes });
    return { ...link, maxBytes, name };
  }

  async function requestDownload(identity: Identity, raw: unknown): Promise<IssuedLink> {
    const input = parseInput(downloadInput, raw);
    const file = await deps.files.byId(deps.db, identity, input.documentId, 'input.documentId');
    if (file.deletedAt) throw appError(ErrorCode.NotFound, { text: documentsText('documentDeleted'), field: 'input.documentId' });
    const version = await deps.files.version(deps.db, file, input.version);
    return deps.links.issueDownload(deps.db, identity, version.id);
  }

  return { requestUpload, requestDownload, sections: FOLDER_SECTIONS };
}
