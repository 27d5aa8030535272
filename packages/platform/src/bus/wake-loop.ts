import type { Logger } from '../logger';
import { runAsSystem } from '../row-level-security/organization-scope';

export interface WakeLoopOptions {
  name: string;
  logger: Logger;
  /** One unit of work; returns true when there is probably more to do right away. */
  run(): Promise<boolean>;
  /** Safety net for missed notifications and for work that becomes due later. */
  pollIntervalMs: number;
  /** Subscribes `wake` to an outside signal (LISTEN); returns the unsubscribe. */
  subscribe?(wake: () => void): Promise<() => Promise<void>>;
}

export interface WakeLoop {
  start(): Promise<void>;
  /** Asks for a pass; coalesces with a running one (which then goes round once more). */
  wake(): void;
  /** Wakes after `delayMs` (e.g. when a retry falls due). */
  wakeIn(delayMs: number): void;
  /** Stops waking, waits for the running pass, then (with `flush`) works until nothing is left. */
  stop(options?: { flush?: boolean }): Promise<void>;
}

/** A single-flight worker loop woken by notifications, timers and a fallback poll. */
export function createWakeLoop(options: WakeLoopOptions): WakeLoop {
  const { logger, name } = options;
  let stopped = true;
  let again = false;
  let running: Promise<void> | undefined;
  let poll: NodeJS.Timeout | undefined;
  let unsubscribe: (() => Promise<void>) | undefined;
  const timers = new Set<NodeJS.Timeout>();

  async function pass(): Promise<void> {
    do {
      again = false;
      try {
        if (await options.run()) again = true;
      } catch (error) {
        logger.error({ err: error, loop: name }, 'bus loop pass failed; retrying on the next wake');
        again = false;
      }
    } while (again && !stopped);
  }

  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    // Woken from inside a request (an outbox write), the pass still works for every organisation.
    running = runAsSystem(pass).finally(() => {
      running = undefined;
    });
  }

  return {
    async start() {
      stopped = false;
      poll = setInterval(wake, options.pollIntervalMs);
      poll.unref();
      if (options.subscribe) {
        try {
          unsubscribe = await options.subscribe(wake);
        } catch (error) {
          logger.warn({ err: error, loop: name }, 'bus loop cannot LISTEN; relying on the poll');
        }
      }
      wake();
    },
    wake,
    wakeIn(delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        wake();
      }, delayMs);
      timer.unref();
      timers.add(timer);
    },
    async stop({ flush = false } = {}) {
      stopped = true;
      if (poll) clearInterval(poll);
      timers.forEach(clearTimeout);
      timers.clear();
      await unsubscribe?.().catch(() => undefined);
      unsubscribe = undefined;
      await running;
      if (!flush) return;
      try {
        while (await options.run());
      } catch (error) {
        logger.error({ err: error, loop: name }, 'bus loop flush failed');
      }
    },
  };
}
