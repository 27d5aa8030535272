import { join } from 'node:path';
import { subgraphPackage } from '@crm/platform';
import type { ScheduledJob, SubgraphModule } from '@crm/platform';
import type { DocumentsContext } from './context';
import { deadLetters, inbox, outbox } from './db/schema';
import { createAccessConsumers } from './events/consumers/access.consumers';
import { createClientDeletedConsumer } from './events/consumers/client-deleted.consumer';
import { createCrmFoldersConsumer } from './events/consumers/crm-folders.consumer';
import { fileRoutes } from './http/file-routes';
import { resolvers } from './resolvers';
import { createDocumentsServices, type DocumentsDeps, type DocumentsServices } from './services/documents-services';

export type { DocumentsContext } from './context';
export { defaultDocumentsConfig, type DocumentsConfig } from './config';
export { documentsConfigFromEnv, documentsEnvShape, documentsStorageFromEnv } from './env';
export { createDocumentsServices, type DocumentsDeps, type DocumentsServices } from './services/documents-services';
export { createLocalStorage } from './storage/local-storage';
export { createDriveStorage, serviceAccountAuth, type DriveStorageConfig } from './storage/drive-storage';
export type { StorageAdapter } from './storage/storage-adapter';

export interface DocumentsSubgraph extends SubgraphModule<DocumentsContext> {
  services: DocumentsServices;
}

export function createDocumentsSubgraph(deps: DocumentsDeps): DocumentsSubgraph {
  const services = createDocumentsServices(deps);
  return {
    ...subgraphPackage('documents', join(__dirname, '..')),
    resolvers,
    busTables: { outbox, inbox, deadLetters },
    consumers: [...createAccessConsumers(services.access), createCrmFoldersConsumer(services.folders), createClientDeletedConsumer(services.removeFolderOfDeletedClient)],
    jobs: [...retentionJobs(services), ...driveJobs(services)],
    services,
    createContext: (base) => ({ ...base, services }),
    routes: fileRoutes(services, deps.logger),
  };
}

/** The Drive operations CRM's events queued, done after their commit (ADR 0077); the local disk queues none. */
function driveJobs({ storage, driveOperations, config }: DocumentsServices): ScheduledJob[] {
  if (storage.kind === 'local') return [];
  return [{ name: 'documents.drive-operations', everyMs: config.driveOperationsEveryMs, run: async () => void (await driveOperations.runPending()) }];
}

/** Expired imports and deleted files past retention lose their bytes; spent links are forgotten. */
function retentionJobs({ retention, links, config }: DocumentsServices): ScheduledJob[] {
  return [
    { name: 'documents.expire-imports', everyMs: config.sweepEveryMs, run: async () => void (await retention.expireImports()) },
    { name: 'documents.purge-deleted', everyMs: config.sweepEveryMs, run: async () => void (await retention.purgeDeleted()) },
    { name: 'documents.sweep-links', everyMs: config.sweepEveryMs, run: async () => void (await links.sweep()) },
  ];
}
