import type { Db, Logger } from '@crm/platform';
import { systemClock, type Clock } from '../clock';
import { defaultDocumentsConfig, type DocumentsConfig } from '../config';
import { createFileEventsPublisher } from '../events/file-events.publisher';
import type { StorageAdapter } from '../storage/storage-adapter';
import { createDeletedClientFolder } from './deleted-client-folder';
import { createDocumentAccessService } from './document-access.service';
import { createDriveOperationsService } from './drive-operations.service';
import { createFilesService } from './files.service';
import { createFoldersService } from './folders.service';
import { createLinksService } from './links.service';
import { createRetentionService } from './retention.service';
import { createTransfersService } from './transfers.service';

export interface DocumentsDeps {
  db: Db;
  logger: Logger;
  /** Where the bytes go: `createLocalStorage(<DATA_DIR>/documents)` by default, or `createDriveStorage(…)`. */
  storage: StorageAdapter;
  clock?: Clock;
  config?: Partial<DocumentsConfig>;
}

export function createDocumentsServices(deps: DocumentsDeps) {
  const clock = deps.clock ?? systemClock;
  const config: DocumentsConfig = { ...defaultDocumentsConfig, ...deps.config };
  const access = createDocumentAccessService();
  const events = createFileEventsPublisher();
  const folders = createFoldersService({ db: deps.db, storage: deps.storage, access });
  const files = createFilesService({ db: deps.db, clock, config, access, events });
  const links = createLinksService({ db: deps.db, clock, config });
  return {
    db: deps.db,
    config,
    storage: deps.storage,
    access,
    folders,
    files,
    links,
    transfers: createTransfersService({ db: deps.db, config, folders, files, links }),
    driveOperations: createDriveOperationsService({ db: deps.db, storage: deps.storage, folders, clock, logger: deps.logger }),
    removeFolderOfDeletedClient: createDeletedClientFolder({ clock, config, storage: deps.storage, events }),
    retention: createRetentionService({ db: deps.db, clock, storage: deps.storage, events, logger: deps.logger }),
  };
}

export type DocumentsServices = ReturnType<typeof createDocumentsServices>;
