import { existsSync, readFileSync } from 'node:fs';

// Test counts from the reports the runners write (jest's JSON, node:test's TAP), never from logs.

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export const noTests: TestCounts = { passed: 0, failed: 0, skipped: 0 };

/** Counts from a `jest --json --outputFile` report; a missing report (jest crashed) counts nothing. */
export function readJestCounts(file: string): TestCounts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

/** Counts from a node:test TAP report's closing `# pass N` lines (cancelled tests count as failed). */
export function readTapCounts(file: string): TestCounts | undefined {
  if (!existsSync(file)) return undefined;
  const totals = new Map<string, number>();
  for (const match of readFileSync(file, 'utf8').matchAll(/^# (pass|fail|cancelled|skipped|todo) (\d+)$/gm)) {
    totals.set(match[1]!, Number(match[2]));
  }
  if (!totals.has('pass')) return undefined;
  const count = (key: string) => totals.get(key) ?? 0;
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
}

export function addCounts(a: TestCounts, b: TestCounts): TestCounts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}
