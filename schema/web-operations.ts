// Writes one Apollo persisted-query manifest per client from its client preset's persisted documents:
// schema/operations/web-client.json (web/src/__generated__/) and schema/operations/bot.json (the Telegram
// bot, bot/src/__generated__/). The router runs these ids (ADR 0030). `--check` writes nothing and fails when stale.
//   pnpm codegen          regenerates the documents, then this manifest
//   pnpm codegen:check    verifies both are fresh
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

const ROOT = path.resolve(__dirname, '..');
export const WEB_MANIFEST = path.join(ROOT, 'schema/operations/web-client.json');
/** Each client's persisted documents and the manifest written from them. */
const CLIENTS = [
  { documents: path.join(ROOT, 'web/src/__generated__/persisted-documents.json'), manifest: WEB_MANIFEST },
  { documents: path.join(ROOT, 'bot/src/__generated__/persisted-documents.json'), manifest: path.join(ROOT, 'schema/operations/bot.json') },
];

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
  for (const client of CLIENTS) {
    const expected = webManifest(JSON.parse(readFileSync(client.documents, 'utf8')) as Record<string, string>);
    const current = existsSync(client.manifest) ? readFileSync(client.manifest, 'utf8') : null;
    if (process.argv.includes('--check')) {
      if (current !== expected) {
        process.stderr.write(`${path.relative(ROOT, client.manifest)} is stale: run \`pnpm codegen\`\n`);
        process.exit(1);
      }
      continue;
    }
    mkdirSync(path.dirname(client.manifest), { recursive: true });
    writeFileSync(client.manifest, expected);
  }
}

if (require.main === module) main();
