import { spawn, spawnSync } from 'node:child_process';

/** Runs a command with inherited stdio; resolves with its exit code (never rejects). */
export function runInherited(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs a command to completion and returns its stdout, or undefined when it cannot run or fails. */
export function captureOutput(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8', env });
  return result.status === 0 ? result.stdout : undefined;
}
