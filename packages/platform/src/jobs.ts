import type { Logger } from './logger';
import type { ScheduledJob } from './subgraph/subgraph-module';

export interface JobScheduler {
  stop(): Promise<void>;
}

/** Runs each job every `everyMs`, never overlapping itself; stop() waits for runs in progress. */
export function startJobs(jobs: readonly ScheduledJob[], logger: Logger): JobScheduler {
  const running = new Set<Promise<void>>();
  let stopped = false;
  const timers = jobs.map((job) => {
    let busy = false;
    const timer = setInterval(() => {
      if (busy || stopped) return;
      busy = true;
      const run = job
        .run()
        .catch((error: unknown) => logger.error({ err: error, job: job.name }, 'job failed'))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      stopped = true;
      timers.forEach(clearInterval);
      await Promise.all(running);
    },
  };
}
