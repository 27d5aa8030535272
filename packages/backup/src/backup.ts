import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '@crm/platform';
import { listPartitions, listSequences, listTables, MIGRATIONS_SCHEMA, rows, tableKey, tableRef, type TableInfo } from './catalog';
import { copyHashed, listFiles, type FileEntry } from './checksums';
import { readDatabaseFacts } from './database-facts';
import { FORMAT_VERSION, MANIFEST_FILE, type BackupManifest, type DriveFileEntry } from './manifest';
import { throttled, type Progress } from './progress';

export interface BackupOptions {
  database: DatabaseHandle;
  /** The documents' local storage root (DOCUMENTS_DIR); absent when documents live on Drive only. */
  storageDir?: string | undefined;
  /** A new or empty folder the backup is written into. */
  outDir: string;
  progress?: Progress;
}

const FETCH_ROWS = 1000;
/** Local storage refs are uuids (`objects/ab/<uuid>`); anything else is a Drive file id. */
const LOCAL_REF = /^[0-9a-f-]{36}$/;

/**
 * Every application schema from one REPEATABLE READ, READ ONLY transaction — one snapshot, so the
 * subgraphs' rows agree with each other and with the manifest's counts and sums — then the local
 * document files. Rows are `row_to_json` text, one per line, never parsed here: numbers keep every digit.
 */
export async function backup(options: BackupOptions): Promise<BackupManifest> {
  const progress = options.progress ?? (() => undefined);
  await ensureEmptyFolder(options.outDir);
  await mkdir(join(options.outDir, 'data'), { recursive: true });
  const snapshot = await options.database.db.transaction(
    async (tx) => {
      const tables = await listTables(tx);
      const [server] = await rows<{ version: string }>(tx, sql`SELECT current_setting('server_version') AS version`);
      const facts = await readDatabaseFacts(tx, tables);
      const dumped: BackupManifest['tables'] = [];
      for (const table of tables.filter((candidate) => candidate.schema !== MIGRATIONS_SCHEMA)) {
        dumped.push({ ...table, ...(await dumpTable(tx, table, options.outDir, progress)) });
      }
      return { tables: dumped, facts, partitions: await listPartitions(tx), sequences: await listSequences(tx), postgres: server?.version ?? 'unknown', versions: await documentVersions(tx, tables) };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const documents = await copyDocuments(options.storageDir, options.outDir, snapshot.versions, progress);
  const manifest: BackupManifest = {
    format: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    mode: options.database.kind === 'pg' ? 'distributed' : 'embedded',
    versions: { application: process.env.APP_VERSION ?? 'unknown', postgres: snapshot.postgres },
    tables: snapshot.tables,
    partitions: snapshot.partitions,
    sequences: snapshot.sequences,
    facts: snapshot.facts,
    documents,
  };
  await writeFile(join(options.outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const totalRows = snapshot.tables.reduce((sum, table) => sum + table.rows, 0);
  progress(`backup written to ${options.outDir}: ${snapshot.tables.length} tables, ${totalRows} rows, ${documents.local.length} local files, ${documents.drive.length} Drive files`);
  return manifest;
}

async function ensureEmptyFolder(dir: string): Promise<void> {
  const existing = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (existing.length > 0) throw new Error(`${dir} is not empty: a backup goes into a new folder`);
  await mkdir(dir, { recursive: true });
}

/** Streams one table through a cursor (bounded memory) into gzipped NDJSON, hashing the file as it is written. */
async function dumpTable(tx: Executor, table: TableInfo, outDir: string, progress: Progress): Promise<{ file: string; sha256: string; rows: number }> {
  const file = `data/${tableKey(table)}.ndjson.gz`;
  const hash = createHash('sha256');
  let count = 0;
  const report = throttled(progress);
  async function* lines(): AsyncGenerator<string> {
    await tx.execute(sql.raw(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM ${tableRef(table)} t`));
    try {
      for (;;) {
        const batch = await rows<{ line: string }>(tx, sql.raw(`FETCH FORWARD ${FETCH_ROWS} FROM backup_rows`));
        if (batch.length === 0) return;
        count += batch.length;
        report(() => `${tableKey(table)}: ${count} rows…`);
        yield batch.map((row) => `${row.line}\n`).join('');
      }
    } finally {
      await tx.execute(sql.raw('CLOSE backup_rows'));
    }
  }
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(Readable.from(lines()), createGzip(), tap, createWriteStream(join(outDir, file), { flags: 'wx' }));
  progress(`${tableKey(table)}: ${count} rows`);
  return { file, sha256: hash.digest('hex'), rows: count };
}

interface VersionRow {
  id: string;
  file_id: string;
  organization_id: string;
  storage_ref: string;
  sha256: string;
  size: string;
}

/** The documents' versions whose bytes still exist, read in the snapshot: which files to expect and where. */
async function documentVersions(tx: Executor, tables: TableInfo[]): Promise<VersionRow[]> {
  if (!tables.some((table) => table.schema === 'documents' && table.name === 'file_versions')) return [];
  return rows<VersionRow>(
    tx,
    sql`SELECT id::text, file_id::text, organization_id::text, storage_ref, sha256, size::text FROM documents.file_versions WHERE bytes_deleted_at IS NULL ORDER BY id`,
  );
}

async function copyDocuments(storageDir: string | undefined, outDir: string, versions: VersionRow[], progress: Progress): Promise<BackupManifest['documents']> {
  const drive: DriveFileEntry[] = versions
    .filter((version) => !LOCAL_REF.test(version.storage_ref))
    .map((version) => ({ versionId: version.id, fileId: version.file_id, organizationId: version.organization_id, driveFileId: version.storage_ref, sha256: version.sha256, size: Number(version.size) }));
  const local: FileEntry[] = [];
  const report = throttled(progress);
  // `tmp/` holds uploads in progress, never a stored object.
  const paths = storageDir ? (await listFiles(storageDir)).filter((path) => path.startsWith('objects/')) : [];
  for (const path of paths) {
    local.push({ path, ...(await copyHashed(join(storageDir!, path), join(outDir, 'files', path))) });
    report(() => `documents: ${local.length}/${paths.length} files…`);
  }
  if (paths.length > 0) progress(`documents: ${local.length} files, ${local.reduce((sum, file) => sum + file.size, 0)} bytes`);
  const byRef = new Map(local.map((file) => [file.path.split('/').pop()!, file]));
  const problems: string[] = [];
  for (const version of versions.filter((candidate) => LOCAL_REF.test(candidate.storage_ref))) {
    const copied = byRef.get(version.storage_ref);
    if (!copied) problems.push(`document version ${version.id}: file ${version.storage_ref} is missing from the storage`);
    else if (copied.sha256 !== version.sha256) problems.push(`document version ${version.id}: file ${version.storage_ref} does not match its sha256`);
  }
  for (const problem of problems) progress(`warning: ${problem}`);
  return { local, drive, problems };
}
