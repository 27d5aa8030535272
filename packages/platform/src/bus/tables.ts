import type { EventEnvelope } from '@crm/contracts';
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, primaryKey, text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';

/**
 * The bus tables every subgraph keeps in its own schema. Subgraphs re-export them from their drizzle
 * schema so that drizzle-kit generates them into the subgraph's own migrations.
 */
export function busTables(schema: PgSchema) {
  const outbox = schema.table(
    'outbox',
    {
      seq: bigserial('seq', { mode: 'number' }).primaryKey(),
      id: uuid('id').notNull().unique(),
      orgId: text('org_id').notNull(),
      type: text('type').notNull(),
      envelope: jsonb('envelope').$type<EventEnvelope>().notNull(),
      createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
      publishedAt: timestamp('published_at', { withTimezone: true }),
      attempts: integer('attempts').notNull().default(0),
      lastError: text('last_error'),
    },
    (t) => [index(`${schema.schemaName}_outbox_pending_idx`).on(t.seq).where(sql`published_at IS NULL`)],
  );

  /** One row per (consumer, event): the handler's effect and this row commit together, so it happens once. */
  const inbox = schema.table(
    'inbox',
    {
      consumer: text('consumer').notNull(),
      eventId: text('event_id').notNull(),
      orgId: text('org_id').notNull(),
      processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [primaryKey({ columns: [t.consumer, t.eventId] })],
  );

  /** Events a consumer gave up on after its retries; an operator lists and replays them. */
  const deadLetters = schema.table(
    'dead_letters',
    {
      id: uuid('id').primaryKey().defaultRandom(),
      consumer: text('consumer').notNull(),
      eventId: text('event_id').notNull(),
      orgId: text('org_id').notNull(),
      type: text('type').notNull(),
      envelope: jsonb('envelope').$type<EventEnvelope>().notNull(),
      error: text('error').notNull(),
      attempts: integer('attempts').notNull(),
      failedAt: timestamp('failed_at', { withTimezone: true }).notNull().defaultNow(),
      replayedAt: timestamp('replayed_at', { withTimezone: true }),
    },
    (t) => [index(`${schema.schemaName}_dead_letters_pending_idx`).on(t.consumer, t.failedAt).where(sql`replayed_at IS NULL`)],
  );

  return { outbox, inbox, deadLetters };
}

export type BusTables = ReturnType<typeof busTables>;
