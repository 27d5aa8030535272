import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ByteRange, StorageAdapter, StoredObject } from './storage-adapter';

const KEY_PATTERN = /^[0-9a-f-]{36}$/;

/**
 * Files under `root`, at paths made of ids only (`objects/ab/<uuid>`). A write goes to `tmp/` first and
 * is renamed into place once complete, so a reader never sees half a file and a crash leaves only a temp file.
 */
export function createLocalStorage(root: string): StorageAdapter {
  const tmpDir = join(root, 'tmp');
  const pathOf = (ref: string) => {
    if (!KEY_PATTERN.test(ref)) throw new Error('not a local storage ref');
    return join(root, 'objects', ref.slice(0, 2), ref);
  };

  return {
    kind: 'local',
    createFolder: async () => null,
    renameFolder: async () => undefined,
    moveFolder: async () => undefined,
    async write({ key, body }): Promise<StoredObject> {
      const target = pathOf(key);
      const temp = join(tmpDir, `${randomUUID()}.part`);
      await mkdir(tmpDir, { recursive: true });
      await mkdir(join(target, '..'), { recursive: true });
      try {
        await pipeline(body, createWriteStream(temp, { flags: 'wx' }));
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return { ref: key, link: null };
    },
    async read(ref: string, range?: ByteRange): Promise<Readable> {
      const path = pathOf(ref);
      await access(path);
      return createReadStream(path, range ? { start: range.start, end: range.end } : {});
    },
    async remove(ref) {
      await rm(pathOf(ref), { force: true });
    },
  };
}
