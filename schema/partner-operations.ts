// Writes schema/operations/partner.json, the operations partners may run with an API key (ADR 0024), in
// the Apollo persisted-query manifest format, from the reviewed `.graphql` files in
// schema/operations/partners/ (one named operation each; the id is the sha256 of the printed body).
// `--check` writes nothing and fails when the manifest is stale (`pnpm codegen:check`).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, print } from 'graphql';
import { webManifest } from './web-operations';

const ROOT = path.resolve(__dirname, '..');
const SOURCES = path.join(ROOT, 'schema/operations/partners');
export const PARTNER_MANIFEST = path.join(ROOT, 'schema/operations/partner.json');

/** The manifest of every `.graphql` file in `dir`, each printed without comments and identified by its sha256. */
export function partnerManifest(dir = SOURCES): string {
  const documents: Record<string, string> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.graphql'))) {
    const body = print(parse(readFileSync(path.join(dir, file), 'utf8')));
    documents[createHash('sha256').update(body).digest('hex')] = body;
  }
  return webManifest(documents);
}

function main(): void {
  const expected = partnerManifest();
  const current = existsSync(PARTNER_MANIFEST) ? readFileSync(PARTNER_MANIFEST, 'utf8') : null;
  if (process.argv.includes('--check')) {
    if (current !== expected) {
      process.stderr.write(`${path.relative(ROOT, PARTNER_MANIFEST)} is stale: run \`pnpm codegen\`\n`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(PARTNER_MANIFEST, expected);
}

if (require.main === module) main();
