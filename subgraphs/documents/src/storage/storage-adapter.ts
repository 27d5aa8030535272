import type { Readable } from 'node:stream';

/** A byte range, both ends inclusive (as in HTTP `Range`). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface StoredObject {
  /** The backend's id of the bytes: what `read` and `remove` take. */
  ref: string;
  /** A link to open the object in the backend's own UI, where there is one. */
  link: string | null;
}

/**
 * Where the bytes live (ADR 0035). The database keeps only refs and metadata; names given by users
 * never become paths. `write` stores the whole stream or nothing: a failed or aborted stream leaves
 * no object behind.
 */
export interface StorageAdapter {
  readonly kind: 'local' | 'drive';
  /** A folder for `name` under `parentRef` (the root when null); the local disk has none and answers null. */
  createFolder(name: string, parentRef: string | null): Promise<string | null>;
  /** A folder `createFolder` made gets a new name (the deal or client it holds was renamed). */
  renameFolder(ref: string, name: string): Promise<void>;
  /** A folder `createFolder` made goes under `parentRef` (the root when null), with everything in it; a folder gone is not an error. */
  moveFolder(ref: string, parentRef: string | null): Promise<void>;
  /** `size`, when known up front, lets a backend pick its upload method; the stream is the truth. */
  write(input: { key: string; name: string; contentType: string; folderRef: string | null; body: Readable; size?: number | undefined }): Promise<StoredObject>;
  read(ref: string, range?: ByteRange): Promise<Readable>;
  /** Deleting what is already gone is not an error. */
  remove(ref: string): Promise<void>;
}
