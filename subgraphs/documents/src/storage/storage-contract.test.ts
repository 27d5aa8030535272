import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { google } from 'googleapis';
import { startFakeDrive, type FakeDrive } from '../testing/fake-drive-server';
import { createDriveStorage } from './drive-storage';
import { createLocalStorage } from './local-storage';
import type { StorageAdapter } from './storage-adapter';

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A stream that yields some bytes and then fails, like a client that hangs up mid-upload. */
function brokenStream(): Readable {
  return new Readable({
    read() {
      this.push(randomBytes(1024));
      this.destroy(new Error('client went away'));
    },
  });
}

interface Backend {
  storage: StorageAdapter;
  /** How many stored objects (bytes) exist in the backend, trashed ones not counted. */
  objects(): Promise<number>;
  close(): Promise<void>;
}

const backends: Record<string, () => Promise<Backend>> = {
  'local filesystem': async () => {
    const root = await mkdtemp(join(tmpdir(), 'documents-storage-'));
    const count = async (dir: string): Promise<number> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      let total = 0;
      for (const entry of entries) total += entry.isDirectory() ? await count(join(dir, entry.name)) : 1;
      return total;
    };
    return { storage: createLocalStorage(root), objects: () => count(root), close: () => rm(root, { recursive: true, force: true }) };
  },
  'Google Drive (fake server)': async () => {
    const fake: FakeDrive = await startFakeDrive();
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
    return {
      storage: createDriveStorage({ driveId: fake.driveId, rootUrl: fake.url, auth }),
      objects: async () => [...fake.items.values()].filter((item) => item.bytes && !item.trashed).length,
      close: () => fake.close(),
    };
  },
};

describe.each(Object.keys(backends))('storage contract: %s', (name) => {
  let backend: Backend;
  beforeEach(async () => {
    backend = await backends[name]!();
  });
  afterEach(() => backend.close());

  const write = (body: Readable, folderRef: string | null = null, size?: number) =>
    backend.storage.write({ key: randomUUID(), name: 'Договор.pdf', contentType: 'application/pdf', folderRef, body, size });

  it('stores a stream and reads back the same bytes, whole or by range', async () => {
    const bytes = randomBytes(256 * 1024);
    const stored = await write(Readable.from([bytes]), null, bytes.length);
    expect(await bytesOf(await backend.storage.read(stored.ref))).toEqual(bytes);
    expect(await bytesOf(await backend.storage.read(stored.ref, { start: 100, end: 1099 }))).toEqual(bytes.subarray(100, 1100));
  });

  it('stores a body of unknown size (a resumable upload on Drive) inside a folder it created', async () => {
    const folder = await backend.storage.createFolder('Сделка «Каско»', null);
    const sub = await backend.storage.createFolder('Расчёты', folder);
    expect(await backend.storage.createFolder('Расчёты', folder)).toBe(sub);
    const bytes = randomBytes(64 * 1024);
    const stored = await write(Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]), sub);
    expect(await bytesOf(await backend.storage.read(stored.ref))).toEqual(bytes);
  });

  it('leaves nothing behind when the stream fails midway', async () => {
    const before = await backend.objects();
    await expect(write(brokenStream())).rejects.toThrow();
    expect(await backend.objects()).toBe(before);
  });

  it('removes an object; reading it then fails, removing it again does not', async () => {
    const stored = await write(Readable.from([Buffer.from('%PDF-1.4 test')]), null, 13);
    await backend.storage.remove(stored.ref);
    await expect(backend.storage.read(stored.ref).then(bytesOf)).rejects.toThrow();
    await expect(backend.storage.remove(stored.ref)).resolves.toBeUndefined();
  });
});

describe('Google Drive adapter specifics (fake server)', () => {
  it('uploads a small known size as multipart and an unknown size as a resumable session, on the shared drive given', async () => {
    const fake = await startFakeDrive();
    const auth = new google.auth.OAuth2();
    auth.setCredentials({ access_token: 'test-token', expiry_date: Date.now() + 3_600_000 });
    const storage = createDriveStorage({ driveId: fake.driveId, rootUrl: fake.url, auth });
    try {
      const folder = await storage.createFolder('Сделка', null);
      await storage.write({ key: randomUUID(), name: 'a.pdf', contentType: 'application/pdf', folderRef: folder, body: Readable.from([Buffer.from('small')]), size: 5 });
      await storage.write({ key: randomUUID(), name: 'b.pdf', contentType: 'application/pdf', folderRef: folder, body: Readable.from([Buffer.from('unknown')]) });
      expect(fake.uploads).toEqual(['multipart', 'resumable']);
      expect([...fake.items.values()].map((item) => [item.name, item.parents])).toEqual([
        ['Сделка', [fake.driveId]],
        ['a.pdf', [folder]],
        ['b.pdf', [folder]],
      ]);
    } finally {
      await fake.close();
    }
  });
});
