import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

export interface Child<T> {
  process: ChildProcess;
  ready: T;
  stop(): Promise<void>;
}

/**
 * Runs `script` (next to this file) under tsx, optionally pinned to `cores` with taskset, and waits
 * for the JSON line it prints when ready (the one with `readyKey`). `taskset` execs node, so the pid is node's own.
 */
export async function startChild<T>(script: string, options: { readyKey: string; env?: Record<string, string>; cores?: string; nodeArgs?: string[] }): Promise<Child<T>> {
  const node = [...(options.nodeArgs ?? []), '--import', 'tsx', resolve(__dirname, script)];
  const [command, args] = options.cores ? ['taskset', ['-c', options.cores, process.execPath, ...node]] : [process.execPath, node];
  const child = spawn(command, args as string[], { env: { ...process.env, LOG_LEVEL: 'warn', ...options.env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const ready = await new Promise<T>((done, fail) => {
    const lines = createInterface({ input: child.stdout! });
    // Libraries print notices and log lines too: the answer is the first JSON line with `readyKey`.
    lines.on('line', (line) => {
      const parsed = line.startsWith('{') ? (JSON.parse(line) as Record<string, unknown>) : {};
      if (options.readyKey in parsed) done(parsed as T);
    });
    child.once('exit', (code) => fail(new Error(`${script} exited with ${code} before it was ready`)));
  });
  return {
    process: child,
    ready,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
