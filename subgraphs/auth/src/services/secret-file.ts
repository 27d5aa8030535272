import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A development secret kept in the data folder (owner-only), so it survives restarts: the stored one,
 * or a fresh one from `generate`, written on first use.
 */
export async function readOrCreateSecretFile(path: string, generate: () => Promise<string> | string): Promise<string> {
  const stored = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stored) return stored;
  const created = await generate();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, created, { mode: 0o600 });
  await chmod(path, 0o600);
  return created;
}
