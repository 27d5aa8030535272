import type { PartitionInfo, SequenceInfo, TableInfo } from './catalog';
import type { FileEntry } from './checksums';
import type { DatabaseFacts } from './database-facts';

export const MANIFEST_FILE = 'manifest.json';
export const FORMAT_VERSION = 1;

/** A document version whose bytes live on Google Drive: listed by id, not copied. */
export interface DriveFileEntry {
  versionId: string;
  fileId: string;
  organizationId: string;
  driveFileId: string;
  sha256: string;
  size: number;
}

export interface BackupManifest {
  format: typeof FORMAT_VERSION;
  createdAt: string;
  /** `embedded` (PGlite) or `distributed` (PostgreSQL): a backup restores into either. */
  mode: 'embedded' | 'distributed';
  versions: { application: string; postgres: string };
  /** The tables in restore order, each with its data file (`data/<schema>.<table>.ndjson.gz`) and that file's checksum. */
  tables: (TableInfo & { file: string; sha256: string; rows: number })[];
  partitions: PartitionInfo[];
  sequences: SequenceInfo[];
  facts: DatabaseFacts;
  documents: {
    /** Files copied from the local storage into `files/`, checksums of the copies. */
    local: FileEntry[];
    drive: DriveFileEntry[];
    /** Local document versions whose bytes were missing or did not match the database's sha256 at backup time. */
    problems: string[];
  };
}
