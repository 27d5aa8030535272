import { createReadStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { ensureRevocationTables, runMigrations, type DatabaseHandle, type Executor } from '@crm/platform';
import { ensureInProcessBusSchema } from '@crm/platform/bus';
import { listTables, quoteIdent, rows, tableKey, tableRef, type PartitionInfo, type TableInfo } from './catalog';
import { copyHashed, listFiles, sha256OfFile } from './checksums';
import { compareFacts, readDatabaseFacts, type DatabaseFacts } from './database-facts';
import { FORMAT_VERSION, MANIFEST_FILE, type BackupManifest } from './manifest';
import { migrationSetFor } from './migration-sets';
import { throttled, type Progress } from './progress';

export interface RestoreOptions {
  /** A fresh database: restore refuses one holding rows unless `force` (which drops its schemas first). */
  database: DatabaseHandle;
  /** The documents' local storage root to fill; refused when it already holds files unless `force` (which empties it). */
  storageDir?: string | undefined;
  fromDir: string;
  force?: boolean;
  progress?: Progress;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** Counts, sums and migration heads read back from the restored database — equal to the manifest's. */
  facts: DatabaseFacts;
}

const BATCH_ROWS = 500;
const BATCH_CHARS = 2_000_000;

/**
 * Checks every checksum before touching anything, builds the tables from this checkout's migrations
 * (so the backup must come from the same version: the journal heads are compared at the end), loads the
 * rows with triggers and foreign-key checks off in one transaction, copies the files, then reads the
 * counts and sums back and fails unless they equal the manifest's.
 */
export async function restore(options: RestoreOptions): Promise<RestoreResult> {
  const progress = options.progress ?? (() => undefined);
  const manifest = JSON.parse(await readFile(join(options.fromDir, MANIFEST_FILE), 'utf8')) as BackupManifest;
  if (manifest.format !== FORMAT_VERSION) throw new Error(`Unknown backup format ${String(manifest.format)}; this restore reads format ${FORMAT_VERSION}`);
  await verifyChecksums(options.fromDir, manifest, progress);
  await prepareTarget(options);

  await runMigrations(options.database, Object.keys(manifest.facts.migrationHeads).map(migrationSetFor));
  for (const schema of new Set(manifest.tables.filter((table) => table.name === 'revoked_user_tokens').map((table) => table.schema))) {
    await ensureRevocationTables(options.database.db, schema);
  }
  if (manifest.tables.some((table) => tableKey(table) === 'bus.deliveries')) await ensureInProcessBusSchema(options.database.db);
  progress(`schemas built from migrations: ${Object.keys(manifest.facts.migrationHeads).join(', ')}`);

  await options.database.db.transaction(async (tx) => {
    // A consistent snapshot needs no checks on the way in, and append-only triggers must not see a load.
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    for (const partition of manifest.partitions) await ensurePartition(tx, partition);
    const present = new Map((await listTables(tx)).map((table) => [tableKey(table), table]));
    for (const table of manifest.tables) await loadTable(tx, table, present.get(tableKey(table)), options.fromDir, progress);
    for (const sequence of manifest.sequences) {
      if (sequence.lastValue !== null) await tx.execute(sql`SELECT setval(${`${quoteIdent(sequence.schema)}.${quoteIdent(sequence.name)}`}::regclass, ${sequence.lastValue}::bigint, true)`);
    }
  });

  if (manifest.documents.local.length > 0) {
    if (!options.storageDir) throw new Error('The backup has local document files: give the storage folder to restore them into (DOCUMENTS_DIR)');
    const report = throttled(progress);
    let copied = 0;
    for (const file of manifest.documents.local) {
      const written = await copyHashed(join(options.fromDir, 'files', file.path), join(options.storageDir, file.path));
      if (written.sha256 !== file.sha256) throw new Error(`${file.path}: the restored copy does not match its checksum`);
      copied += 1;
      report(() => `documents: ${copied}/${manifest.documents.local.length} files…`);
    }
    progress(`documents: ${copied} files restored`);
  }

  const facts = await readDatabaseFacts(options.database.db, await listTables(options.database.db));
  const differences = compareFacts(manifest.facts, facts);
  if (differences.length > 0) throw new Error(`The restored database differs from the backup:\n${differences.join('\n')}`);
  progress(`restore verified: ${Object.keys(facts.rowCounts).length} tables, row counts, money sums and migration heads equal the manifest`);
  return { manifest, facts };
}

async function verifyChecksums(fromDir: string, manifest: BackupManifest, progress: Progress): Promise<void> {
  const problems: string[] = [];
  for (const item of [...manifest.tables.map((table) => ({ path: table.file, sha256: table.sha256 })), ...manifest.documents.local.map((file) => ({ path: `files/${file.path}`, sha256: file.sha256 }))]) {
    const actual = await sha256OfFile(join(fromDir, item.path)).catch(() => undefined);
    if (!actual) problems.push(`${item.path} is missing`);
    else if (actual.sha256 !== item.sha256) problems.push(`${item.path} does not match its checksum`);
  }
  if (problems.length > 0) throw new Error(`The backup in ${fromDir} is damaged:\n${problems.join('\n')}`);
  progress(`checksums verified: ${manifest.tables.length} data files, ${manifest.documents.local.length} document files`);
}

async function prepareTarget(options: RestoreOptions): Promise<void> {
  const { db } = options.database;
  const tables = await listTables(db);
  const occupied: string[] = [];
  for (const table of tables) {
    const [row] = await rows<{ any: boolean }>(db, sql.raw(`SELECT EXISTS (SELECT 1 FROM ${tableRef(table)}) AS any`));
    if (row?.any && table.schema !== 'drizzle') occupied.push(tableKey(table));
  }
  const storedFiles = options.storageDir ? await listFiles(join(options.storageDir, 'objects')) : [];
  if (!options.force && (occupied.length > 0 || storedFiles.length > 0)) {
    const what = [occupied.length > 0 ? `tables with rows: ${occupied.slice(0, 5).join(', ')}${occupied.length > 5 ? ', …' : ''}` : '', storedFiles.length > 0 ? `${storedFiles.length} stored files` : ''];
    throw new Error(`The target is not empty (${what.filter(Boolean).join('; ')}): restore into a fresh database and storage, or pass --force to replace them`);
  }
  if (!options.force) return;
  for (const schema of new Set(tables.map((table) => table.schema))) {
    if (schema !== 'public') await db.execute(sql.raw(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`));
  }
  if (options.storageDir) await rm(join(options.storageDir, 'objects'), { recursive: true, force: true });
}

/** A partition the backup had and the migrations did not make, with the parent's privileges (audit months revoke UPDATE/DELETE). */
async function ensurePartition(tx: Executor, partition: PartitionInfo): Promise<void> {
  const ref = tableRef(partition);
  const [exists] = await rows<{ found: boolean }>(tx, sql`SELECT to_regclass(${ref}) IS NOT NULL AS found`);
  if (exists?.found) return;
  const parent = tableRef({ schema: partition.schema, name: partition.parent });
  await tx.execute(sql.raw(`CREATE TABLE ${ref} PARTITION OF ${parent} ${partition.bound}`));
  const grants = await rows<{ grantee: string; privilege: string }>(
    tx,
    sql`SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee, a.privilege_type AS privilege
        FROM pg_class c, aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE c.oid = ${parent}::regclass`,
  );
  if (grants.length === 0) return;
  await tx.execute(sql.raw(`REVOKE ALL ON ${ref} FROM PUBLIC, CURRENT_USER`));
  for (const grant of grants) await tx.execute(sql.raw(`GRANT ${grant.privilege} ON ${ref} TO ${grant.grantee}`));
}

async function loadTable(tx: Executor, table: BackupManifest['tables'][number], present: TableInfo | undefined, fromDir: string, progress: Progress): Promise<void> {
  if (!present) throw new Error(`${tableKey(table)} is in the backup but not in the schema this version builds: restore with the version that made the backup`);
  const missing = table.columns.filter((column) => !present.columns.includes(column));
  if (missing.length > 0) throw new Error(`${tableKey(table)}: columns ${missing.join(', ')} are not in the schema this version builds`);
  // Rows a migration seeded are in the backup too, as they were at backup time.
  const [seeded] = await rows<{ any: boolean }>(tx, sql.raw(`SELECT EXISTS (SELECT 1 FROM ${tableRef(table)}) AS any`));
  if (seeded?.any) await tx.execute(sql.raw(`DELETE FROM ${tableRef(table)}`));
  const columns = table.columns.map(quoteIdent).join(', ');
  const insert = (lines: string[]) =>
    tx.execute(
      sql`INSERT INTO ${sql.raw(tableRef(table))} (${sql.raw(columns)}) OVERRIDING SYSTEM VALUE
          SELECT ${sql.raw(columns)} FROM json_populate_recordset(NULL::${sql.raw(tableRef(table))}, ${`[${lines.join(',')}]`}::json)`,
    );
  const report = throttled(progress);
  let batch: string[] = [];
  let chars = 0;
  let loaded = 0;
  const lines = createInterface({ input: createReadStream(join(fromDir, table.file)).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    batch.push(line);
    chars += line.length;
    if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) {
      await insert(batch);
      loaded += batch.length;
      batch = [];
      chars = 0;
      report(() => `${tableKey(table)}: ${loaded}/${table.rows} rows…`);
    }
  }
  if (batch.length > 0) await insert(batch);
  loaded += batch.length;
  if (loaded !== table.rows) throw new Error(`${tableKey(table)}: the data file has ${loaded} rows, the manifest says ${table.rows}`);
  progress(`${tableKey(table)}: ${loaded} rows`);
}
