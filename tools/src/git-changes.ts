import { captureOutput } from './run-command';

/**
 * Uncommitted changes (modified or untracked) under the given pathspecs, as `git status --porcelain`
 * lines; undefined outside a git checkout (an unpacked tarball has nothing to compare against).
 */
export function uncommittedChanges(pathspecs: readonly string[]): string[] | undefined {
  if (captureOutput('git', ['rev-parse', '--is-inside-work-tree']) === undefined) return undefined;
  const output = captureOutput('git', ['status', '--porcelain', '--untracked-files=all', '--', ...pathspecs]);
  if (output === undefined) throw new Error('git status failed');
  return output.split('\n').filter((line) => line.trim() !== '');
}

/** Exits 1 listing `changes` with `advice`, or prints `ok` — the shape every freshness check shares. */
export function reportChanges(changes: string[] | undefined, ok: string, advice: string): void {
  if (changes === undefined) {
    console.log('not a git checkout; skipped');
    return;
  }
  if (changes.length > 0) {
    console.error(`${advice}\n${changes.join('\n')}`);
    process.exitCode = 1;
    return;
  }
  console.log(ok);
}
