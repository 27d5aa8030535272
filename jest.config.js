// Three projects: `embedded` (the default suite: PGlite + in-process bus, needs no services),
// `distributed` (the same *.test.ts against real PostgreSQL + RabbitMQ, TEST_MODE=distributed),
// and `integration` (*.int.test.ts: only meaningful against real services, e.g. broker restarts).
// `import()` stays native (the ESM-only `file-type` is loaded that way; jest runs with --experimental-vm-modules).
const swcrc = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '.swcrc'), 'utf8'));
const transform = { '^.+\\.tsx?$': ['@swc/jest', { ...swcrc, $schema: undefined, module: { ...swcrc.module, ignoreDynamic: true } }] };
const common = {
  transform,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/web/'],
  setupFiles: ['<rootDir>/jest.setup.js'],
};
// The web app's component tests: React in jsdom, compiled by swc with the automatic JSX runtime.
const web = {
  displayName: 'web',
  rootDir: require('node:path').join(__dirname, 'web'),
  testEnvironment: 'jsdom',
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
  setupFiles: ['<rootDir>/jest.setup.js'],
};
module.exports = {
  maxWorkers: 2,
  // Per-project values are ignored by jest 30. A timeout here only guards against a hang: an e2e
  // file's beforeAll starts the whole system (a PGlite database and migrations per subgraph), which
  // takes well over a minute on a 2-core machine that is busy with other work.
  testTimeout: 150_000,
  projects: [
    { ...common, displayName: 'embedded', testMatch: ['<rootDir>/**/*.test.ts', '!**/*.int.test.ts'] },
    { ...common, displayName: 'distributed', testMatch: ['<rootDir>/**/*.test.ts', '!**/*.int.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/**/*.int.test.ts'] },
    web,
  ].filter((p) => (process.env.TEST_MODE === 'distributed' ? ['distributed', 'integration'].includes(p.displayName) : ['embedded', 'web'].includes(p.displayName))),
};
