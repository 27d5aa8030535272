import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const GENERATED = resolve(import.meta.dirname, 'src/__generated__');
const RUNTIME = resolve(import.meta.dirname, 'src/graphql/persisted-document.ts');
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/** `source as written in graphql(…)` → [operation keyword, persisted id], from the codegen's output. */
function persistedIds(): Map<string, [string, string | null]> {
  const gql = readFileSync(resolve(GENERATED, 'gql.ts'), 'utf8');
  const types = readFileSync(resolve(GENERATED, 'graphql.ts'), 'utf8');
  const byName = new Map<string, [string, string | null]>();
  for (const [, name, text, meta] of types.matchAll(/^export const (\w+) = new TypedDocumentString\(`\s*(\w+)[\s\S]*?`(?:, (\{[^}]*\}))?\)/gm)) {
    const hash = meta ? (JSON.parse(meta) as { hash?: string }).hash ?? null : null;
    byName.set(name!, [text!, hash]);
  }
  const bySource = new Map<string, [string, string | null]>();
  for (const [, source, name] of gql.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    const doc = byName.get(name!);
    if (doc) bySource.set(JSON.parse(source!) as string, doc);
  }
  return bySource;
}

/**
 * The app sends operations by persisted id only, so the built code needs no operation text: each
 * `graphql(\`…\`)` becomes a small PersistedDocument in the chunk that uses it, instead of every
 * screen's documents sharing one chunk on the first load (ADR 0059). Types still come from gql.ts.
 */
export function persistedDocuments(): Plugin {
  let ids = new Map<string, [string, string | null]>();
  return {
    name: 'crm-persisted-documents',
    enforce: 'pre',
    buildStart() {
      ids = persistedIds();
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.startsWith(GENERATED) || !code.includes('graphql(`')) return null;
      let replaced = false;
      const out = code.replace(CALL, (call, source: string) => {
        const doc = ids.get(source);
        if (!doc) this.error(`${id}: an operation unknown to the codegen output, run \`pnpm codegen\``);
        replaced = true;
        return `new __PersistedDocument(${JSON.stringify(doc[0])}, ${JSON.stringify(doc[1])})`;
      });
      return replaced ? { code: `import { PersistedDocument as __PersistedDocument } from ${JSON.stringify(RUNTIME)};\n${out}`, map: null } : null;
    },
  };
}
