// Writes schema/operations/web-client.json, the web app's operations in the Apollo persisted-query
// manifest format, from the client preset's persisted documents (web/src/__generated__/). The router
// will run only these ids for the web client (issue 11). `--check` writes nothing and fails when stale.
//   pnpm codegen          regenerates the documents, then this manifest
//   pnpm codegen:check    verifies both are fresh
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

const ROOT = path.resolve(__dirname, '..');
const DOCUMENTS = path.join(ROOT, 'web/src/__generated__/persisted-documents.json');
export const WEB_MANIFEST = path.join(ROOT, 'schema/operations/web-client.json');

export interface PersistedOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/** The manifest for `documents` (id → body, ids `sha256:<hex>` as the client preset writes them). */
export function webManifest(documents: Record<string, string>): string {
  const operations: PersistedOperation[] = Object.entries(documents)
    .map(([id, body]) => {
      const operation = parse(body).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (!operation?.name) throw new Error(`operation ${id} has no name`);
      return { id: id.replace(/^sha256:/, ''), name: operation.name.value, type: operation.operation, body };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return `${JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }, null, 2)}\n`;
}

function main(): void {
  const expected = webManifest(JSON.parse(readFileSync(DOCUMENTS, 'utf8')) as Record<string, string>);
  const current = existsSync(WEB_MANIFEST) ? readFileSync(WEB_MANIFEST, 'utf8') : null;
  if (process.argv.includes('--check')) {
    if (current !== expected) {
      process.stderr.write(`${path.relative(ROOT, WEB_MANIFEST)} is stale: run \`pnpm codegen\`\n`);
      process.exit(1);
    }
    return;
  }
  mkdirSync(path.dirname(WEB_MANIFEST), { recursive: true });
  writeFileSync(WEB_MANIFEST, expected);
}

if (require.main === module) main();
