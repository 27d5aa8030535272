import type { EventEnvelope } from '@crm/contracts';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { Logger } from '../logger';
import { SpanKind, startSpan } from '../tracing';
import { encodeEnvelope, envelopeProperties } from './amqp-message';
import { describeError } from './inbox';
import { claimPendingOutbox, markFailed, markPublished } from './outbox-rows';
import type { BusEndpoint, BusObserver, BusStats } from './types';

export interface AmqpRelayOptions {
  endpoint: BusEndpoint;
  /** A confirm channel: `publish` resolves only once the broker has taken the message. */
  channel: ChannelWrapper;
  exchange: string;
  batchSize: number;
  /** Bounds how long a row waits for a confirm; the wrapper drops the message from its buffer then. */
  publishTimeoutMs: number;
  isConnected(): boolean;
  logger: Logger;
  stats: BusStats;
  observer?: BusObserver | undefined;
}

/**
 * Publishes one batch of an outbox. The rows stay locked (FOR UPDATE SKIP LOCKED) while their publishes
 * are confirmed, so relay instances never publish the same row concurrently; only confirmed rows are
 * marked published. A commit lost after a confirm republishes the row later: consumers dedupe by id.
 */
export function createAmqpRelay(options: AmqpRelayOptions) {
  const { endpoint, channel, exchange, logger, stats } = options;
  /** A PRODUCER span under the span that wrote the event (its traceparent), ending at the broker's confirm. */
  async function publishTraced(envelope: EventEnvelope): Promise<void> {
    const span = startSpan(`publish ${envelope.type}`, SpanKind.PRODUCER, envelope.traceparent, {
      'messaging.system': 'rabbitmq',
      'messaging.destination.name': exchange,
      'messaging.message.id': envelope.id,
      'crm.outbox': endpoint.name,
    });
    try {
      await channel.publish(exchange, envelope.type, encodeEnvelope(envelope), { ...envelopeProperties(envelope), mandatory: true, timeout: options.publishTimeoutMs });
      span.end();
    } catch (error) {
      span.end(error);
      throw error;
    }
  }
  return {
    async drainBatch(): Promise<boolean> {
      // While the broker is away, leave the rows alone rather than hold their locks until a timeout.
      if (!options.isConnected()) return false;
      let relayed: EventEnvelope[] = [];
      const more = await endpoint.db.transaction(async (tx) => {
        const rows = await claimPendingOutbox(tx, endpoint.tables, options.batchSize);
        if (rows.length === 0) return false;
        const results = await Promise.allSettled(rows.map((row) => publishTraced(row.envelope as EventEnvelope)));
        const confirmed = rows.filter((_, i) => results[i]?.status === 'fulfilled').map((row) => row.seq);
        const failures = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
        await markPublished(tx, endpoint.tables, confirmed);
        if (failures.length > 0) {
          const failed = rows.filter((_, i) => results[i]?.status === 'rejected').map((row) => row.seq);
          await markFailed(tx, endpoint.tables, failed, describeError(failures[0]));
          logger.warn({ err: failures[0], outbox: endpoint.name, failed: failed.length }, 'outbox rows not confirmed by the broker; retrying later');
        }
        stats.published += confirmed.length;
        relayed = rows.filter((_, i) => results[i]?.status === 'fulfilled').map((row) => row.envelope as EventEnvelope);
        return failures.length === 0 && rows.length === options.batchSize;
      });
      if (relayed.length > 0) options.observer?.relayed?.(endpoint.name, relayed);
      return more;
    },
  };
}
