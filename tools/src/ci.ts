// `pnpm run ci`: everything CI checks, in order, on a machine whose services already run (.ci/run
// starts them and installs first). Every step runs even after a failure so one run reports all of
// them; the last line is always `N passed, N failed, N skipped` over every test suite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addCounts, noTests, readJestCounts, readTapCounts, type TestCounts } from './test-reports';
import { runInherited } from './run-command';

/** node:test prints its usual spec output and also writes TAP, whose closing lines hold the counts. */
function tapReporterOptions(file: string): string {
  return `--test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=${file}`;
}

interface Step {
  name: string;
  /** pnpm script and its arguments. */
  script: string[];
  /**
   * How the summary counts the step's tests without parsing logs: jest suites get `--json
   * --outputFile`, node:test suites a TAP reporter into a file (through NODE_OPTIONS).
   */
  runner?: 'jest' | 'node:test';
}

const steps: Step[] = [
  { name: 'pnpm test (embedded)', script: ['test'], runner: 'jest' },
  { name: 'pnpm test:integration', script: ['test:integration'], runner: 'jest' },
  { name: 'pnpm test:browser', script: ['test:browser'], runner: 'node:test' },
  { name: 'generated files committed', script: ['generated:check'] },
  { name: 'migrations match schema', script: ['db:check'] },
  { name: 'docker compose config', script: ['compose:check'] },
  { name: 'prometheus config and rules', script: ['observability:check'] },
];

async function main(): Promise<void> {
  const reports = mkdtempSync(path.join(tmpdir(), 'crm-ci-'));
  const started = Date.now();
  const lines: string[] = [];
  let failedSteps = 0;
  let counts: TestCounts = noTests;

  for (const [index, step] of steps.entries()) {
    const report = path.join(reports, `${index}.report`);
    const args = step.runner === 'jest' ? [...step.script, '--json', `--outputFile=${report}`] : step.script;
    const env =
      step.runner === 'node:test'
        ? { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${tapReporterOptions(report)}`.trim() }
        : process.env;
    console.log(`\n\x1b[1m::: ${step.name}\x1b[0m`);
    const stepStarted = Date.now();
    let ok = (await runInherited('pnpm', args, env)) === 0;
    if (step.runner) {
      const stepCounts = step.runner === 'jest' ? readJestCounts(report) : readTapCounts(report);
      if (stepCounts) counts = addCounts(counts, stepCounts);
      else ok = false;
    }
    if (!ok) failedSteps += 1;
    const took = Math.round((Date.now() - stepStarted) / 1000);
    lines.push(`  ${step.name.padEnd(34)} ${(ok ? 'ok' : 'FAILED').padEnd(6)} ${String(took).padStart(5)}s`);
    console.log(`\x1b[1m::: ${step.name}: ${ok ? 'ok' : 'FAILED'} (${took}s)\x1b[0m`);
  }
  rmSync(reports, { recursive: true, force: true });

  console.log(`\n=== CI summary (${Math.round((Date.now() - started) / 1000)}s) ===`);
  console.log(lines.join('\n'));
  console.log(failedSteps > 0 ? `CI FAILED: ${failedSteps} step(s) failed` : 'CI OK: every step passed');
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  process.exitCode = failedSteps > 0 ? 1 : 0;
}

void main();
