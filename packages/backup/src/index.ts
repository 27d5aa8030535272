export { backup, type BackupOptions } from './backup';
export { restore, type RestoreOptions, type RestoreResult } from './restore';
export { compareFacts, readDatabaseFacts, type DatabaseFacts } from './database-facts';
export { listTables } from './catalog';
export { MANIFEST_FILE, type BackupManifest } from './manifest';
