import { z } from 'zod';
import { uuid } from '../values';
import { defineEvent } from './define-event';

export const documentOwnerTypeSchema = z.enum(['CLIENT', 'DEAL', 'POLICY', 'CALCULATION']);

const fileState = {
  fileId: uuid,
  organizationId: uuid,
  folderId: uuid,
  dealId: uuid.nullable(),
  ownerType: documentOwnerTypeSchema,
  ownerId: uuid,
  name: z.string(),
  version: z.number().int().positive(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
};

/** A file, or a new version of one, was stored and committed. */
export const documentsFileAdded = defineEvent('documents.file.added', 1, z.object({ ...fileState, contentType: z.string(), origin: z.enum(['USER', 'INTEGRATION']) }));

/**
 * A file left the folder (`DELETED`, restorable until the retention ends), its bytes were purged after
 * that retention (`PURGED`), or the expiry of an integration's import deleted them (`EXPIRED`); the metadata stays.
 */
export const documentsFileRemoved = defineEvent(
  'documents.file.removed',
  1,
  z.object({ ...fileState, reason: z.enum(['DELETED', 'PURGED', 'EXPIRED']), actorId: z.string().nullable() }),
);
