import { resolve } from 'node:path';
import type { MigrationSet } from '@crm/platform';

const REPOSITORY = resolve(__dirname, '../../..');

/**
 * Where each schema's migrations live in this checkout (and in the image, which is the checkout): a
 * restore builds the tables from them, then checks the journal heads equal the backup's.
 */
export function migrationSetFor(schema: string): MigrationSet {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Not a plain schema name: ${schema}`);
  const folder = schema === 'bot' ? resolve(REPOSITORY, 'bot/migrations') : resolve(REPOSITORY, 'subgraphs', schema, 'migrations');
  return { schema, folder };
}
