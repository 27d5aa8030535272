import type { Logger } from './logger';

export type StopStep = { name: string; stop: () => Promise<void> };

/**
 * Stops the steps in the order given (HTTP first so no new work arrives, the database last), each
 * bounded in time so a stuck step cannot keep a terminating pod alive.
 */
export async function shutdown(steps: StopStep[], logger: Logger, stepTimeoutMs = 15_000): Promise<void> {
  for (const step of steps) {
    try {
      await Promise.race([
        step.stop(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), stepTimeoutMs).unref()),
      ]);
    } catch (error) {
      logger.error({ err: error, step: step.name }, 'shutdown step failed');
    }
  }
}

/** Calls `onSignal` once on SIGTERM/SIGINT, then exits. */
export function onTerminationSignal(logger: Logger, onSignal: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    onSignal()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}
