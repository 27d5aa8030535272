// Composes schema/supergraph.graphql and schema/api-schema.graphql from every
// subgraphs/<name>/schema.graphql. `--check` writes nothing and fails when the committed files are
// stale, so CI catches an SDL change that was not recomposed.
//   pnpm schema:compose        write the files
//   pnpm schema:check          verify they are fresh
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph } from './compose-supergraph';
import { findRouterSources, findSubgraphSources, readAcceptedHints } from './subgraph-sources';

export * from './compose-supergraph';
export * from './subgraph-sources';

export const SCHEMA_DIR = __dirname;
export const REPO_ROOT = path.resolve(__dirname, '..');
export const OUTPUT_FILES = {
  supergraph: path.join(SCHEMA_DIR, 'supergraph.graphql'),
  apiSchema: path.join(SCHEMA_DIR, 'api-schema.graphql'),
} as const;
export const ACCEPTED_HINTS_FILE = path.join(SCHEMA_DIR, 'accepted-hints.json');

/** What the output files should contain for the current tree; `null` means the file should not exist (no subgraphs yet). */
export function expectedOutputs(root: string = REPO_ROOT): { files: Record<string, string | null>; warnings: string[] } | { errors: string[] } {
  const sources = [...findSubgraphSources(root), ...findRouterSources(root)];
  if (sources.length === 0) {
    return { files: { [OUTPUT_FILES.supergraph]: null, [OUTPUT_FILES.apiSchema]: null }, warnings: ['No subgraphs/*/schema.graphql found.'] };
  }
  const outcome = composeSupergraph(sources, readAcceptedHints(ACCEPTED_HINTS_FILE));
  if (!outcome.ok) return { errors: outcome.errors };
  return {
    files: { [OUTPUT_FILES.supergraph]: outcome.supergraphSdl, [OUTPUT_FILES.apiSchema]: outcome.apiSchemaSdl },
    warnings: outcome.unusedAcceptances.map((a) => `accepted-hints.json: ${a.code}${a.coordinate ? ` at ${a.coordinate}` : ''} is no longer produced; remove it.`),
  };
}

/** Files whose committed content differs from what composition produces now. */
export function staleFiles(files: Record<string, string | null>): string[] {
  return Object.entries(files)
    .filter(([file, content]) => (existsSync(file) ? readFileSync(file, 'utf8') : null) !== content)
    .map(([file]) => path.relative(REPO_ROOT, file));
}

function main(check: boolean): number {
  const expected = expectedOutputs();
  if ('errors' in expected) {
    process.stderr.write(`Composition failed:\n${expected.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    return 1;
  }
  for (const warning of expected.warnings) process.stderr.write(`warning: ${warning}\n`);
  const stale = staleFiles(expected.files);
  if (check) {
    if (stale.length === 0) return 0;
    process.stderr.write(`Stale: ${stale.join(', ')}. Run \`pnpm schema:compose\` and commit the result.\n`);
    return 1;
  }
  for (const [file, content] of Object.entries(expected.files)) {
    if (content === null) rmSync(file, { force: true });
    else writeFileSync(file, content);
  }
  process.stdout.write(stale.length === 0 ? 'Supergraph already up to date.\n' : `Wrote ${stale.join(', ')}.\n`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.includes('--check'));
}
