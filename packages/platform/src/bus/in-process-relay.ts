import type { EventEnvelope } from '@crm/contracts';
import { topicMatchesAny } from './topic-pattern';
import { claimPendingOutbox, markPublished } from './outbox-rows';
import { deliveries } from './in-process-schema';
import type { BusEndpoint, BusStats, ConsumerDefinition } from './types';

export interface InProcessRelayOptions {
  endpoint: BusEndpoint;
  /** The consumers attached to the bus, whatever their subgraph. */
  consumers(): readonly Pick<ConsumerDefinition, 'name' | 'events'>[];
  batchSize: number;
  stats: BusStats;
  /** Called after the commit with the consumers that got new deliveries. */
  delivered(consumers: Set<string>): void;
  /** Called after the commit with every relayed envelope (the bus's watchers). */
  relayed(envelopes: readonly EventEnvelope[]): void;
}

/**
 * Moves committed outbox rows into the deliveries of every matching consumer, in the same transaction
 * that marks them published: a row is either fanned out completely or still pending.
 */
export function createInProcessRelay(options: InProcessRelayOptions) {
  const { endpoint, batchSize, stats } = options;
  return {
    async drainBatch(): Promise<boolean> {
      const touched = new Set<string>();
      const claimed = await endpoint.db.transaction(async (tx) => {
        const rows = await claimPendingOutbox(tx, endpoint.tables, batchSize);
        const values = rows.flatMap((row) =>
          options
            .consumers()
            .filter((consumer) => topicMatchesAny(consumer.events, row.type))
            .map((consumer) => ({ consumer: consumer.name, eventId: row.id, envelope: row.envelope })),
        );
        if (values.length > 0) await tx.insert(deliveries).values(values);
        await markPublished(tx, endpoint.tables, rows.map((row) => row.seq));
        values.forEach((value) => touched.add(value.consumer));
        return rows;
      });
      stats.published += claimed.length;
      if (touched.size > 0) options.delivered(touched);
      if (claimed.length > 0) options.relayed(claimed.map((row) => row.envelope as EventEnvelope));
      return claimed.length === batchSize;
    },
  };
}
