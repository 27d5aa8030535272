import { join } from 'node:path';
import { z } from 'zod';
import type { DocumentsConfig } from './config';
import { createDriveStorage, serviceAccountAuth } from './storage/drive-storage';
import { createLocalStorage } from './storage/local-storage';
import type { StorageAdapter } from './storage/storage-adapter';

const serviceAccountKey = z.object({ client_email: z.string().min(1), private_key: z.string().min(1) });

/** Documents' settings, under the same names in the embedded launcher and the Documents process. */
export const documentsEnvShape = {
  /** `local` (default): files on this machine's disk; `drive`: a Google shared drive. */
  DOCUMENTS_STORAGE: z.enum(['local', 'drive']).default('local'),
  /** The local storage root; `<DATA_DIR>/documents` embedded, `/data/documents` in a container. */
  DOCUMENTS_DIR: z.string().optional(),
  DOCUMENTS_MAX_UPLOAD_BYTES: z.coerce.number().int().positive().optional(),
  DOCUMENTS_LINK_TTL_SECONDS: z.coerce.number().int().positive().optional(),
  /** The shared drive's id: service accounts created after April 2025 have no storage of their own. */
  GOOGLE_DRIVE_ID: z.string().optional(),
  GOOGLE_DRIVE_ROOT_FOLDER_ID: z.string().optional(),
  /** The service account's JSON key (the whole file's content). */
  GOOGLE_SERVICE_ACCOUNT_KEY: z.string().optional(),
  GOOGLE_API_ROOT_URL: z.string().url().optional(),
};

type DocumentsEnv = z.infer<z.ZodObject<typeof documentsEnvShape>>;

export function documentsConfigFromEnv(env: DocumentsEnv): Partial<DocumentsConfig> {
  return {
    ...(env.DOCUMENTS_MAX_UPLOAD_BYTES ? { maxUploadBytes: env.DOCUMENTS_MAX_UPLOAD_BYTES } : {}),
    ...(env.DOCUMENTS_LINK_TTL_SECONDS ? { linkTtlMs: env.DOCUMENTS_LINK_TTL_SECONDS * 1000 } : {}),
  };
}

/** The backend the environment names; a Drive setup missing its shared drive or key is a start-up error naming the variable. */
export function documentsStorageFromEnv(env: DocumentsEnv, dataDir: string): StorageAdapter {
  if (env.DOCUMENTS_STORAGE === 'local') return createLocalStorage(env.DOCUMENTS_DIR ?? join(dataDir, 'documents'));
  if (!env.GOOGLE_DRIVE_ID) throw new Error('GOOGLE_DRIVE_ID is required with DOCUMENTS_STORAGE=drive (a shared drive the service account is a member of)');
  if (!env.GOOGLE_SERVICE_ACCOUNT_KEY) throw new Error('GOOGLE_SERVICE_ACCOUNT_KEY is required with DOCUMENTS_STORAGE=drive');
  const key = serviceAccountKey.safeParse(JSON.parse(env.GOOGLE_SERVICE_ACCOUNT_KEY));
  if (!key.success) throw new Error('GOOGLE_SERVICE_ACCOUNT_KEY must be the service account JSON key (client_email, private_key)');
  return createDriveStorage({ driveId: env.GOOGLE_DRIVE_ID, rootFolderId: env.GOOGLE_DRIVE_ROOT_FOLDER_ID, rootUrl: env.GOOGLE_API_ROOT_URL, auth: serviceAccountAuth(key.data) });
}
