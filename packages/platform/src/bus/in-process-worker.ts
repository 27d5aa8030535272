import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Logger } from '../logger';
import { decideAfterFailure, type RetryPolicy } from './backoff';
import { writeDeadLetter } from './dead-letters';
import { describeError, handleOnce } from './inbox';
import { deliveries } from './in-process-schema';
import type { BusEndpoint, BusObserver, BusStats, ConsumerDefinition } from './types';

export interface InProcessWorkerOptions {
  endpoint: BusEndpoint;
  consumer: ConsumerDefinition;
  policy: RetryPolicy;
  logger: Logger;
  stats: BusStats;
  observer?: BusObserver | undefined;
  /** Asks to be woken when a rescheduled delivery falls due. */
  wakeIn(delayMs: number): void;
}

/**
 * Handles one due delivery per transaction. The handler runs in a savepoint, so its failure rolls back
 * only its own effect while the delivery is rescheduled (or dead-lettered) in the same transaction.
 */
export function createInProcessWorker(options: InProcessWorkerOptions) {
  const { endpoint, consumer, policy, logger, stats } = options;
  return {
    async processNext(): Promise<boolean> {
      let handled: Parameters<NonNullable<BusObserver['handled']>> | undefined;
      const more = await endpoint.db.transaction(async (tx) => {
        const [delivery] = await tx
          .select()
          .from(deliveries)
          .where(and(eq(deliveries.consumer, consumer.name), lte(deliveries.availableAt, sql`now()`)))
          .orderBy(asc(deliveries.availableAt), asc(deliveries.id))
          .limit(1)
          .for('update', { skipLocked: true });
        if (!delivery) return false;
        const attempt = delivery.attempts + 1;
        try {
          const outcome = await handleOnce(tx, endpoint.tables, consumer, delivery.envelope);
          stats[outcome === 'processed' ? 'processed' : 'duplicates'] += 1;
          handled = [consumer.name, delivery.envelope, outcome === 'processed' ? 'processed' : 'duplicate'];
          await tx.delete(deliveries).where(eq(deliveries.id, delivery.id));
          return true;
        } catch (error) {
          const reason = describeError(error);
          const decision = decideAfterFailure(attempt, policy);
          const log = { err: error, consumer: consumer.name, eventId: delivery.eventId, type: delivery.envelope.type, attempt };
          if (decision.action === 'retry') {
            logger.warn({ ...log, retryInMs: decision.delayMs }, 'event handler failed; retrying later');
            await tx
              .update(deliveries)
              .set({ attempts: attempt, lastError: reason, availableAt: sql`now() + ${decision.delayMs} * interval '1 millisecond'` })
              .where(eq(deliveries.id, delivery.id));
            stats.retried += 1;
            handled = [consumer.name, delivery.envelope, 'retried'];
            options.wakeIn(decision.delayMs);
          } else {
            logger.error(log, 'event handler gave up; event dead-lettered');
            await writeDeadLetter(tx, endpoint.tables, { consumer: consumer.name, envelope: delivery.envelope, error: reason, attempts: attempt });
            await tx.delete(deliveries).where(eq(deliveries.id, delivery.id));
            stats.deadLettered += 1;
            handled = [consumer.name, delivery.envelope, 'dead_lettered'];
          }
          return true;
        }
      });
      if (handled) options.observer?.handled?.(...handled);
      return more;
    },
  };
}
