// ESLint 9 flat config. Besides typescript-eslint's recommended rules it enforces the federation
// boundary from DESIGN.md: no subgraph imports another subgraph's code, and nothing but the
// all-in-one launcher (`embedded/`) and the tests imports a subgraph at all.
//
// The boundary is generated from the folders under `subgraphs/`, so a new subgraph is covered the
// moment its folder exists. `createConfig(root)` is exported so tests/lint/boundaries.test.ts can
// run the very same rules against a throw-away fixture tree.
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Folders (besides other subgraphs) that must never import a subgraph. */
const SUBGRAPH_FREE = ['router', 'bot', 'web', 'packages'];

/** Deployables built on top of the subgraphs: a subgraph (or packages/) never imports them. */
const DEPLOYABLES = ['router', 'bot', 'web', 'embedded'];
const DEPLOYABLE_PACKAGES = ['@crm/router', '@crm/bot', '@crm/web', '@crm/embedded'];
const DEPLOYABLE_MESSAGE =
  'A subgraph is deployed on its own: it never imports the router, the bot, the web app or the embedded launcher (DESIGN.md, "Federation rules").';

const BOUNDARY_MESSAGE =
  'Subgraphs talk through federation entities and RabbitMQ events, never through code (DESIGN.md, "Federation rules"). Only embedded/ and tests/ may import a subgraph.';

// Node's CommonJS globals, for the few plain .js files (jest config); TypeScript files need none.
const nodeGlobals = Object.fromEntries(
  ['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'setTimeout', 'clearTimeout', 'URL'].map(
    (name) => [name, 'readonly'],
  ),
);

/** @param {string} root @returns {{ dir: string, packageName: string }[]} */
function listSubgraphs(root) {
  const dir = path.join(root, 'subgraphs');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => ({ dir: entry.name, packageName: readPackageName(path.join(dir, entry.name)) ?? `@crm/subgraph-${entry.name}` }));
}

/** @param {string} folder */
function readPackageName(folder) {
  try {
    return JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).name;
  } catch {
    return undefined;
  }
}

/** Import-by-package-name ban: `@crm/subgraph-*` (and deep paths into one), except `allowed`. */
function subgraphImportBan(allowed, { banDeployables = false } = {}) {
  const patterns = [
    {
      group: ['@crm/subgraph-*', ...(allowed ? [`!${allowed}`, `!${allowed}/**`] : [])],
      message: BOUNDARY_MESSAGE,
    },
  ];
  if (banDeployables) {
    patterns.push({ group: DEPLOYABLE_PACKAGES.flatMap((name) => [name, `${name}/**`]), message: DEPLOYABLE_MESSAGE });
  }
  return ['error', { patterns }];
}

/** Path-based zones: catch relative imports and anything the resolver maps into a subgraph folder. */
function boundaryZones(root, subgraphs) {
  const zones = subgraphs.map(({ dir }) => ({
    target: `./subgraphs/${dir}`,
    from: './subgraphs',
    except: [`./${dir}`],
    message: BOUNDARY_MESSAGE,
  }));
  zones.push({ target: SUBGRAPH_FREE.map((dir) => `./${dir}`), from: './subgraphs', message: BOUNDARY_MESSAGE });
  // packages/ is infrastructure: it must not reach up into the deployables built on it.
  zones.push({
    target: './packages',
    from: DEPLOYABLES.map((dir) => `./${dir}`),
    message: 'packages/ holds infrastructure only; it cannot depend on a deployable.',
  });
  zones.push({ target: './subgraphs', from: DEPLOYABLES.map((dir) => `./${dir}`), message: DEPLOYABLE_MESSAGE });
  return [
    'error',
    {
      basePath: root,
      zones,
    },
  ];
}

/** @param {string} root the repository root (the folder that holds `subgraphs/`). */
export function createConfig(root) {
  const subgraphs = listSubgraphs(root);
  const tsFiles = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
  return tseslint.config(
    {
      ignores: [
        '**/node_modules/**',
        '**/dist/**',
        '**/coverage/**',
        '**/.data/**',
        '**/__generated__/**',
        '**/migrations/**',
        'schema/*.graphql',
      ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended.map((config) => ({ ...config, files: config.files ?? tsFiles })),
    {
      files: ['**/*.{ts,mts,cts,js,mjs,cjs}'],
      plugins: { 'import-x': importX },
      settings: {
        'import-x/resolver-next': [
          createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.json'), alwaysTryTypes: true }),
          createNodeResolver(),
        ],
      },
      rules: {
        'import-x/no-restricted-paths': boundaryZones(root, subgraphs),
        'import-x/no-self-import': 'error',
        'import-x/no-duplicates': 'error',
      },
    },
    {
      files: tsFiles,
      rules: {
        // `_`-prefixed names document "deliberately unused" (e.g. a resolver's parent argument).
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
        ],
        '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
        'no-restricted-syntax': [
          'error',
          { selector: 'ExportDefaultDeclaration', message: 'Use named exports (DESIGN.md, "Style").' },
        ],
      },
    },
    {
      // The few type-aware rules worth their cost: an un-awaited promise in a consumer, relay or
      // resolver loses errors and breaks ordering silently.
      files: tsFiles,
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
        '@typescript-eslint/await-thenable': 'error',
      },
    },
    // Package-name ban. Each block sets the whole rule, so every folder gets exactly one.
    { files: SUBGRAPH_FREE.map((dir) => `${dir}/**`), rules: { 'no-restricted-imports': subgraphImportBan() } },
    { files: ['packages/**'], rules: { 'no-restricted-imports': subgraphImportBan(undefined, { banDeployables: true }) } },
    ...subgraphs.map(({ dir, packageName }) => ({
      files: [`subgraphs/${dir}/**`],
      rules: { 'no-restricted-imports': subgraphImportBan(packageName, { banDeployables: true }) },
    })),
    {
      files: ['**/*.test.ts', 'tests/**', 'bench/**'],
      rules: {
        // Tests legitimately poke at internals and build partial fakes.
        '@typescript-eslint/no-non-null-assertion': 'off',
      },
    },
    {
      files: ['**/*.js', '**/*.cjs'],
      languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
      rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    {
      files: ['**/*.mjs'],
      languageOptions: { sourceType: 'module', globals: nodeGlobals },
    },
    {
      // Config files are loaded by tools that require a default export.
      files: ['eslint.config.mjs', '**/*.config.{ts,mts,mjs,js,cjs}', '**/drizzle.config.ts', '**/codegen.ts'],
      rules: { 'no-restricted-syntax': 'off' },
    },
  );
}

export default createConfig(import.meta.dirname);
