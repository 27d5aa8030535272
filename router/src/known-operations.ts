import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';

export const OPERATIONS_DIR = join(__dirname, '../../schema/operations');

/**
 * The names of the clients' operations: `*.graphql` documents and persisted-query manifests
 * (`{ operations: [{ name }] }`) under `schema/operations/`. Only these get their own metrics series.
 */
export function loadKnownOperations(dir = OPERATIONS_DIR): Set<string> {
  const names = new Set<string>();
  if (!existsSync(dir)) return names;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    if (entry.name.endsWith('.graphql')) {
      for (const definition of parse(text).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
      }
    } else if (entry.name.endsWith('.json')) {
      const manifest = JSON.parse(text) as { operations?: { name?: unknown }[] };
      for (const operation of manifest.operations ?? []) if (typeof operation.name === 'string') names.add(operation.name);
    }
  }
  return names;
}
