import type { EventEnvelope } from '@crm/contracts';
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgSchema, text, timestamp } from 'drizzle-orm/pg-core';
import type { Db } from '../db';

/** Channel a replay NOTIFYs after adding a delivery, so a worker (in this or another process) wakes after the commit. */
export const DELIVERY_CHANNEL = 'crm_bus_delivery';

const busSchema = pgSchema('bus');

/**
 * The embedded mode's queue: one row per (consumer, event) still to handle. A row is deleted when the
 * handler commits (or the event is dead-lettered), so the table holds only pending work.
 */
export const deliveries = busSchema.table(
  'deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    consumer: text('consumer').notNull(),
    eventId: text('event_id').notNull(),
    envelope: jsonb('envelope').$type<EventEnvelope>().notNull(),
    /** Failed attempts so far. */
    attempts: integer('attempts').notNull().default(0),
    availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('deliveries_due_idx').on(t.consumer, t.availableAt)],
);

// Plain idempotent DDL rather than a drizzle-kit migration: the table belongs to no subgraph and only
// exists in embedded mode, so the bus creates it itself when it starts. Keep it in step with `deliveries`.
const DDL = [
  'CREATE SCHEMA IF NOT EXISTS bus',
  `CREATE TABLE IF NOT EXISTS bus.deliveries (
     id bigserial PRIMARY KEY,
     consumer text NOT NULL,
     event_id text NOT NULL,
     envelope jsonb NOT NULL,
     attempts integer NOT NULL DEFAULT 0,
     available_at timestamptz NOT NULL DEFAULT now(),
     last_error text,
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  'CREATE INDEX IF NOT EXISTS deliveries_due_idx ON bus.deliveries (consumer, available_at)',
];

export async function ensureInProcessBusSchema(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // IF NOT EXISTS still races in the catalog when two processes start together; the lock serialises them.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('crm:bus-schema'))`);
    for (const statement of DDL) await tx.execute(sql.raw(statement));
  });
}
