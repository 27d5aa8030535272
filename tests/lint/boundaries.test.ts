import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Runs the repository's real ESLint config (through its exported `createConfig`) against a small
// throw-away tree shaped like this repository, so the federation boundary is proven on imports that
// actually resolve — the path rule ignores imports it cannot resolve. ESLint runs in a child process
// because it loads its config with `import()`, which jest's module sandbox does not support.

const repoRoot = path.resolve(__dirname, '../..');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

const files: Record<string, string> = {
  'subgraphs/auth/package.json': JSON.stringify({ name: '@crm/subgraph-auth', main: 'src/index.ts' }),
  'subgraphs/auth/src/index.ts': "export { own } from './own';\n",
  'subgraphs/auth/src/own.ts': 'export const own = 1;\n',
  'subgraphs/crm/package.json': JSON.stringify({ name: '@crm/subgraph-crm', main: 'src/index.ts' }),
  'subgraphs/crm/src/index.ts': "export { x } from './x';\n",
  'subgraphs/crm/src/x.ts': 'export const x = 1;\n',
  // No package.json and no mention anywhere in the config: covered only because the folder exists.
  'subgraphs/brand-new/src/index.ts': 'export const fresh = 1;\n',

  'subgraphs/auth/src/bad-relative.ts': "import { x } from '../../crm/src/x';\nexport const y = x;\n",
  'subgraphs/auth/src/bad-package.ts': "import { x } from '@crm/subgraph-crm';\nexport const y = x;\n",
  'subgraphs/auth/src/bad-deep-package.ts': "import { x } from '@crm/subgraph-crm/src/x';\nexport const y = x;\n",
  'subgraphs/brand-new/src/bad-relative.ts': "import { own } from '../../auth/src/index';\nexport const y = own;\n",
  'router/src/bad.ts': "import { own } from '../../subgraphs/auth/src/own';\nexport const y = own;\n",
  'router/src/bad-package.ts': "import { own } from '@crm/subgraph-auth';\nexport const y = own;\n",
  'packages/platform/src/bad.ts': "import { x } from '../../../subgraphs/crm/src/x';\nexport const y = x;\n",
  'router/package.json': JSON.stringify({ name: '@crm/router', main: 'src/index.ts' }),
  'router/src/index.ts': "export const routerThing = 1;\n",
  'embedded/src/start.ts': 'export const start = 1;\n',
  'subgraphs/crm/src/bad-router.ts': "import { routerThing } from '../../../router/src/index';\nexport const y = routerThing;\n",
  'subgraphs/crm/src/bad-router-package.ts': "import { routerThing } from '@crm/router';\nexport const y = routerThing;\n",
  'subgraphs/crm/src/bad-embedded.ts': "import { start } from '../../../embedded/src/start';\nexport const y = start;\n",
  'packages/platform/src/bad-router-package.ts': "import { routerThing } from '@crm/router';\nexport const y = routerThing;\n",

  'subgraphs/auth/src/good.ts': "import { own } from './own';\nexport const y = own;\n",
  'subgraphs/auth/src/good-own-package.ts': "import { own } from '@crm/subgraph-auth';\nexport const y = own;\n",
  'embedded/src/good.ts':
    "import { own } from '@crm/subgraph-auth';\nimport { x } from '../../subgraphs/crm/src/x';\nexport const y = own + x;\n",
  'tests/e2e/good.ts': "import { x } from '../../subgraphs/crm/src/x';\nexport const y = x;\n",
};

let fixtureRoot: string;
let results: Map<string, LintMessage[]>;

beforeAll(() => {
  fixtureRoot = mkdtempSync(path.join(tmpdir(), 'crm-lint-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(fixtureRoot, file)), { recursive: true });
    writeFileSync(path.join(fixtureRoot, file), content);
  }
  // As pnpm links workspace packages, so the package-name imports resolve into subgraphs/.
  mkdirSync(path.join(fixtureRoot, 'node_modules/@crm'), { recursive: true });
  for (const name of ['auth', 'crm']) {
    symlinkSync(path.join(fixtureRoot, 'subgraphs', name), path.join(fixtureRoot, `node_modules/@crm/subgraph-${name}`), 'dir');
  }
  symlinkSync(path.join(fixtureRoot, 'router'), path.join(fixtureRoot, 'node_modules/@crm/router'), 'dir');
  writeFileSync(
    path.join(fixtureRoot, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, module: 'Node16', moduleResolution: 'Node16', noEmit: true, skipLibCheck: true, types: [] },
      include: ['**/*.ts'],
    }),
  );
  const repoConfig = pathToFileURL(path.join(repoRoot, 'eslint.config.mjs')).href;
  writeFileSync(
    path.join(fixtureRoot, 'eslint.config.mjs'),
    `import { createConfig } from ${JSON.stringify(repoConfig)};\nexport default createConfig(import.meta.dirname);\n`,
  );

  const run = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '.'], {
    cwd: fixtureRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint crashed (exit ${run.status}):\n${run.stderr}`);
  const parsed = JSON.parse(run.stdout) as LintResult[];
  results = new Map(parsed.map((r) => [path.relative(fixtureRoot, r.filePath), r.messages]));
}, 120_000);

afterAll(() => {
  if (fixtureRoot) rmSync(fixtureRoot, { recursive: true, force: true });
});

function rulesFor(file: string): (string | null)[] {
  const messages = results.get(file);
  if (!messages) throw new Error(`ESLint did not lint ${file}`);
  return messages.map((m) => m.ruleId);
}

describe('federation boundary lint rules', () => {
  it('rejects a relative import from one subgraph into another', () => {
    expect(rulesFor('subgraphs/auth/src/bad-relative.ts')).toContain('import-x/no-restricted-paths');
  });

  it('rejects importing another subgraph by package name, including deep paths', () => {
    expect(rulesFor('subgraphs/auth/src/bad-package.ts')).toContain('no-restricted-imports');
    expect(rulesFor('subgraphs/auth/src/bad-deep-package.ts')).toContain('no-restricted-imports');
  });

  it('covers a subgraph folder the config never names', () => {
    expect(rulesFor('subgraphs/brand-new/src/bad-relative.ts')).toContain('import-x/no-restricted-paths');
  });

  it('rejects subgraph code in router/ and packages/', () => {
    expect(rulesFor('router/src/bad.ts')).toContain('import-x/no-restricted-paths');
    expect(rulesFor('router/src/bad-package.ts')).toContain('no-restricted-imports');
    expect(rulesFor('packages/platform/src/bad.ts')).toContain('import-x/no-restricted-paths');
  });

  it('rejects a subgraph or packages/ importing a deployable (router, embedded launcher)', () => {
    expect(rulesFor('subgraphs/crm/src/bad-router.ts')).toContain('import-x/no-restricted-paths');
    expect(rulesFor('subgraphs/crm/src/bad-router-package.ts')).toContain('no-restricted-imports');
    expect(rulesFor('subgraphs/crm/src/bad-embedded.ts')).toContain('import-x/no-restricted-paths');
    expect(rulesFor('packages/platform/src/bad-router-package.ts')).toContain('no-restricted-imports');
  });

  it('allows imports within a subgraph, and subgraphs from embedded/ and tests/', () => {
    expect(rulesFor('subgraphs/auth/src/good.ts')).toEqual([]);
    expect(rulesFor('subgraphs/auth/src/good-own-package.ts')).toEqual([]);
    expect(rulesFor('embedded/src/good.ts')).toEqual([]);
    expect(rulesFor('tests/e2e/good.ts')).toEqual([]);
  });
});
