import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, type DatabaseConfig } from '@crm/platform';
import { backup } from './backup';
import { restore } from './restore';

export const USAGE = `Usage:
  pnpm backup [--out <folder>]            (default: backups/crm-<time>)
  pnpm restore <folder> [--force]         (--force replaces a database and storage that hold data)

Environment:
  DATABASE_URL   postgres://… (distributed mode); unset: the embedded PGlite database in DATA_DIR/pglite
                 (stop the embedded process first: the folder has one owner)
  DATA_DIR       the embedded data folder (default .data)
  DOCUMENTS_DIR  the documents' local storage (default DATA_DIR/documents)`;

export type BackupCommand = { kind: 'backup'; outDir: string } | { kind: 'restore'; fromDir: string; force: boolean };

export function parseBackupArgs(kind: string | undefined, argv: string[], now = new Date()): BackupCommand {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } });
  if (kind === 'backup') return { kind, outDir: resolve(values.out ?? join('backups', `crm-${now.toISOString().replace(/[:.]/g, '-')}`)) };
  if (kind === 'restore' && positionals[0]) return { kind, fromDir: resolve(positionals[0]), force: values.force };
  throw new Error(USAGE);
}

export function targetFromEnv(env: NodeJS.ProcessEnv): { database: DatabaseConfig; storageDir: string } {
  const dataDir = resolve(env.DATA_DIR ?? '.data');
  const database: DatabaseConfig = env.DATABASE_URL ? { kind: 'pg', url: env.DATABASE_URL, poolSize: 2, applicationName: 'crm-backup' } : { kind: 'pglite', dataDir: join(dataDir, 'pglite') };
  return { database, storageDir: resolve(env.DOCUMENTS_DIR ?? join(dataDir, 'documents')) };
}

async function main(): Promise<void> {
  const command = parseBackupArgs(process.argv[2], process.argv.slice(3));
  const target = targetFromEnv(process.env);
  const progress = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
  const database = await createDatabase(target.database);
  try {
    if (command.kind === 'backup') await backup({ database, storageDir: target.storageDir, outDir: command.outDir, progress });
    else await restore({ database, storageDir: target.storageDir, fromDir: command.fromDir, force: command.force, progress });
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
