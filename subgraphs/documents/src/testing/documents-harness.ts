import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEnvelope, type EventPayload, type EventType } from '@crm/contracts';
import type { Identity } from '@crm/platform';
import { createSubgraphHarness, type SubgraphHarnessBase } from '@crm/platform/testing';
import express from 'express';
import type { DocumentsConfig } from '../config';
import { createDocumentsSubgraph, type DocumentsSubgraph } from '../index';
import { createLocalStorage } from '../storage/local-storage';
import type { StorageAdapter } from '../storage/storage-adapter';

/** The Documents module on a migrated database and a temp storage root, its file routes on a local port, a clock tests move. */
export interface DocumentsHarness extends SubgraphHarnessBase<DocumentsSubgraph> {
  /** The file routes' origin (what the router forwards `/files/…` to). */
  origin: string;
  storageRoot: string;
  /** Moves the module's clock forward. */
  advanceDays(days: number): void;
  deliver<T extends EventType>(type: T, data: EventPayload<T>, options?: { time?: Date }): Promise<void>;
  /** Every stored object and leftover temp file under the storage root. */
  storedFiles(): Promise<string[]>;
}

/** `storage`: another backend than a temp local root (e.g. Drive on the fake server). */
export async function createDocumentsHarness(config: Partial<DocumentsConfig> = {}, identity?: Identity, storage?: StorageAdapter): Promise<DocumentsHarness> {
  const storageRoot = await mkdtemp(join(tmpdir(), 'documents-test-'));
  let offsetMs = 0;
  const clock = () => new Date(Date.now() + offsetMs);
  const base = await createSubgraphHarness('documents', ({ db, logger }) => createDocumentsSubgraph({ db, logger, storage: storage ?? createLocalStorage(storageRoot), clock, config }), {
    identity: identity ?? null,
  });
  const app = express();
  const router = express.Router();
  base.module.routes?.(router);
  app.use(router);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));

  const list = async (dir: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const nested = await Promise.all(entries.map(async (e) => (e.isDirectory() ? list(join(dir, e.name)) : [join(dir, e.name)])));
    return nested.flat();
  };

  return {
    ...base,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    storageRoot,
    advanceDays: (days) => void (offsetMs += days * 86_400_000),
    async deliver(type, data, { time } = {}) {
      const orgId = (data as { organizationId: string }).organizationId;
      const envelope = { ...createEnvelope({ source: '/test', type, version: 1, orgId, data, id: randomUUID() }), ...(time ? { time: time.toISOString() } : {}) };
      for (const consumer of base.module.consumers ?? []) {
        if (consumer.events.includes(type)) await base.db.transaction((tx) => consumer.handle(envelope, tx));
      }
      // As the job does shortly after: the Drive operations the delivery queued, now that it committed.
      await base.module.services.driveOperations.runPending();
    },
    storedFiles: () => list(storageRoot),
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await base.close();
      await rm(storageRoot, { recursive: true, force: true });
    },
  };
}
