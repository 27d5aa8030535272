import type { Db } from '../db';
import { createLogger, type Logger } from '../logger';
import { retryPolicyFor, type RetryPolicy } from './backoff';
import { createBusAttachments } from './bus-attachments';
import { createBusStats } from './bus-stats';
import { createInProcessRelay } from './in-process-relay';
import { inProcessRedelivery } from './in-process-redelivery';
import { DELIVERY_CHANNEL, ensureInProcessBusSchema } from './in-process-schema';
import { createInProcessWatchers } from './in-process-watchers';
import { createInProcessWorker } from './in-process-worker';
import { OUTBOX_CHANNEL } from './outbox-publisher';
import type { BusEndpoint, BusObserver, RunningBus } from './types';
import { createWakeLoop, type WakeLoop } from './wake-loop';

export interface InProcessBusOptions {
  logger?: Logger;
  /** Fallback poll when no notification arrives (default 1000 ms). */
  pollIntervalMs?: number;
  /** Outbox rows moved per relay transaction (default 100). */
  batchSize?: number;
  /** Defaults for consumers' retries (maxAttempts 5, backoff 1 s doubling up to 5 min). */
  retry?: Partial<RetryPolicy>;
  /** Told of relayed events and delivery outcomes (metrics). */
  observer?: BusObserver;
}

/**
 * The embedded mode's bus: the same outbox → queue → inbox path as RabbitMQ, with the queue kept in
 * the `bus.deliveries` table. Every endpoint (outboxes and consumers) must live in one database —
 * the embedded mode's single PGlite — because a relay writes deliveries in its outbox's transaction.
 */
export function createInProcessBus(options: InProcessBusOptions = {}): RunningBus {
  const logger = options.logger ?? createLogger({ name: 'bus' });
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const stats = createBusStats();
  const workerLoops = new Map<string, WakeLoop>();
  let relayLoops: WakeLoop[] = [];
  let started = false;

  const { outboxes, consumers: attachedConsumers, attachOutbox, attachConsumer } = createBusAttachments(() => started);
  const watchers = createInProcessWatchers(logger);

  function subscribeTo(endpoint: BusEndpoint, channel: string, filter?: (payload: string) => boolean) {
    const listen = endpoint.listen;
    if (!listen) return undefined;
    return (wake: () => void) => listen(channel, (payload) => (filter && !filter(payload) ? undefined : wake()));
  }

  return {
    attachOutbox,
    attachConsumer,
    async start() {
      if (started) return;
      const databases = new Set<Db>([...outboxes, ...attachedConsumers.map((c) => c.endpoint)].map((e) => e.db));
      for (const db of databases) await ensureInProcessBusSchema(db);
      for (const { endpoint, consumer } of attachedConsumers) {
        const loop: WakeLoop = createWakeLoop({
          name: `worker:${consumer.name}`,
          logger,
          pollIntervalMs,
          subscribe: subscribeTo(endpoint, DELIVERY_CHANNEL, (payload) => payload === consumer.name),
          run: () => worker.processNext(),
        });
        const worker = createInProcessWorker({ endpoint, consumer, policy: retryPolicyFor(consumer, options.retry), logger, stats, observer: options.observer, wakeIn: (ms) => loop.wakeIn(ms) });
        workerLoops.set(consumer.name, loop);
      }
      relayLoops = outboxes.map((endpoint) => {
        const relay = createInProcessRelay({
          endpoint,
          consumers: () => attachedConsumers.map((c) => c.consumer),
          batchSize: options.batchSize ?? 100,
          stats,
          delivered: (names) => names.forEach((name) => workerLoops.get(name)?.wake()),
          relayed: (envelopes) => {
            watchers.notify(envelopes);
            options.observer?.relayed?.(endpoint.name, envelopes);
          },
        });
        return createWakeLoop({ name: `relay:${endpoint.name}`, logger, pollIntervalMs, subscribe: subscribeTo(endpoint, OUTBOX_CHANNEL, (source) => source === endpoint.name), run: () => relay.drainBatch() });
      });
      started = true;
      await Promise.all([...workerLoops.values(), ...relayLoops].map((loop) => loop.start()));
      logger.info({ outboxes: outboxes.length, consumers: attachedConsumers.length }, 'in-process bus started');
    },
    async stop() {
      if (!started) return;
      started = false;
      await Promise.all([...workerLoops.values()].map((loop) => loop.stop()));
      // Whatever committed before the stop is handed to the deliveries table, where the next start finds it.
      await Promise.all(relayLoops.map((loop) => loop.stop({ flush: true })));
      workerLoops.clear();
      relayLoops = [];
    },
    isReady: () => started,
    watch: async (events, onEvent) => watchers.add(events, onEvent),
    stats: () => ({ ...stats }),
    redeliver: (tx, consumer, envelope) => inProcessRedelivery.redeliver(tx, consumer, envelope),
  };
}
