import type { Readable } from 'node:stream';
import type { Auth, drive_v3 } from 'googleapis';

/**
 * googleapis loads every Google API it knows (seconds on start-up, most of `pnpm start`'s module time):
 * only a process that keeps files on Drive loads it, on first use (issue 13).
 */
function google(): (typeof import('googleapis'))['google'] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('googleapis') as typeof import('googleapis')).google;
}
import type { ByteRange, StorageAdapter, StoredObject } from './storage-adapter';

export const DRIVE_ROOT_URL = 'https://www.googleapis.com/';
const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** Larger bodies go up as a resumable session (Drive's advice for anything over 5 MB); smaller ones as one multipart request. */
const MULTIPART_LIMIT = 5 * 1024 * 1024;

export interface DriveStorageConfig {
  /**
   * The shared drive everything is kept in. Service accounts created after April 2025 have no storage of
   * their own, so a shared drive (with the service account as a member) is required, not optional.
   */
  driveId: string;
  /** A folder on that drive to use as the root; the drive's root when absent. */
  rootFolderId?: string | undefined;
  /** Google's API host; tests point it at the fake Drive server. */
  rootUrl?: string | undefined;
  /** The service account's OAuth client (a JWT client from its key); tests pass one holding a fixed token. */
  auth: Auth.OAuth2Client | Auth.JWT;
}

/** A JWT client for the service account key (`client_email`, `private_key` of its JSON key). */
export function serviceAccountAuth(key: { client_email: string; private_key: string }): Auth.JWT {
  return new (google().auth.JWT)({ email: key.client_email, key: key.private_key, scopes: ['https://www.googleapis.com/auth/drive'] });
}

/**
 * Google Drive through `googleapis` (ADR 0035). Every call says `supportsAllDrives` (a shared drive's
 * items are invisible without it) and carries `rootUrl`: `googleapis` builds media upload URLs from the
 * call's own options, not the client's, so without it uploads would go to Google whatever the client says.
 */
export function createDriveStorage(config: DriveStorageConfig): StorageAdapter {
  const rootUrl = config.rootUrl ?? DRIVE_ROOT_URL;
  const drive = google().drive({ version: 'v3', auth: config.auth, rootUrl });
  const call = { rootUrl };
  const shared = { supportsAllDrives: true } as const;
  const parentOf = (ref: string | null) => ref ?? config.rootFolderId ?? config.driveId;

  async function findFolder(name: string, parent: string): Promise<string | null> {
    const escaped = name.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    const { data } = await drive.files.list(
      {
        q: `'${parent}' in parents and name = '${escaped}' and mimeType = '${FOLDER_MIME}' and trashed = false`,
        driveId: config.driveId,
        corpora: 'drive',
        includeItemsFromAllDrives: true,
        fields: 'files(id)',
        pageSize: 1,
        ...shared,
      },
      call,
    );
    return data.files?.[0]?.id ?? null;
  }

  async function resumableUpload(metadata: drive_v3.Schema$File, contentType: string, body: Readable): Promise<drive_v3.Schema$File> {
    const base = rootUrl.replace(/\/+$/, '');
    const session = await config.auth.request({
      url: `${base}/upload/drive/v3/files?uploadType=resumable&supportsAllDrives=true&fields=id,webViewLink`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=UTF-8', 'X-Upload-Content-Type': contentType },
      data: metadata,
    });
    // gaxios 7+ answers with a fetch `Headers`, older versions with a plain object.
    const headers = session.headers as unknown as { get?: (name: string) => string | null } & Record<string, string>;
    const location = typeof headers.get === 'function' ? headers.get('location') : headers['location'];
    if (!location) throw new Error('Drive did not open an upload session');
    const done = await config.auth.request<drive_v3.Schema$File>({ url: location, method: 'PUT', headers: { 'Content-Type': contentType }, data: body });
    return done.data;
  }

  return {
    kind: 'drive',
    async createFolder(name, parentRef) {
      const parent = parentOf(parentRef);
      const existing = await findFolder(name, parent);
      if (existing) return existing;
      const { data } = await drive.files.create({ requestBody: { name, mimeType: FOLDER_MIME, parents: [parent] }, fields: 'id', ...shared }, call);
      if (!data.id) throw new Error('Drive created a folder without an id');
      return data.id;
    },
    async renameFolder(ref, name) {
      await drive.files.update({ fileId: ref, requestBody: { name }, fields: 'id', ...shared }, call);
    },
    async moveFolder(ref, parentRef) {
      const to = parentOf(parentRef);
      try {
        const { data } = await drive.files.get({ fileId: ref, fields: 'parents', ...shared }, call);
        const from = (data.parents ?? []).filter((parent) => parent !== to);
        if (from.length === 0 && data.parents?.includes(to)) return;
        await drive.files.update({ fileId: ref, addParents: to, removeParents: from.join(','), fields: 'id', ...shared }, call);
      } catch (error) {
        if ((error as { status?: number }).status === 404) return;
        throw error;
      }
    },
    async write({ name, contentType, folderRef, body, size }): Promise<StoredObject> {
      const metadata = { name, mimeType: contentType, parents: [parentOf(folderRef)] };
      const file =
        size !== undefined && size <= MULTIPART_LIMIT
          ? (await drive.files.create({ requestBody: metadata, media: { mimeType: contentType, body }, fields: 'id,webViewLink', ...shared }, call)).data
          : await resumableUpload(metadata, contentType, body);
      if (!file.id) throw new Error('Drive stored a file without an id');
      return { ref: file.id, link: file.webViewLink ?? null };
    },
    async read(ref: string, range?: ByteRange): Promise<Readable> {
      const headers: Record<string, string> = range ? { Range: `bytes=${range.start}-${range.end}` } : {};
      const response = await drive.files.get({ fileId: ref, alt: 'media', ...shared }, { ...call, responseType: 'stream', headers });
      return response.data;
    },
    async remove(ref) {
      try {
        await drive.files.update({ fileId: ref, requestBody: { trashed: true }, ...shared }, call);
      } catch (error) {
        if ((error as { status?: number }).status === 404) return;
        throw error;
      }
    },
  };
}
