import { sql } from 'drizzle-orm';
import { DELIVERY_CHANNEL, deliveries } from './in-process-schema';
import type { Redelivery } from './types';

/**
 * Replay in embedded mode: a new delivery for that consumer only, committed with the replay. The NOTIFY
 * wakes the consumer's worker after the commit, even when the replay ran in another process (the CLI).
 */
export const inProcessRedelivery: Redelivery = {
  async redeliver(tx, consumer, envelope) {
    await tx.insert(deliveries).values({ consumer, eventId: envelope.id, envelope });
    await tx.execute(sql`SELECT pg_notify(${DELIVERY_CHANNEL}, ${consumer})`);
  },
};
