import { bigint, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { auditSchema } from './schema/audit-schema';

export type AuditChannel = 'web' | 'bot' | 'partner' | 'system';
export type AuditActorKind = 'user' | 'bot' | 'partner' | 'system';
export type AuditSource = 'event' | 'mutation';
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/**
 * `audit.entries`, partitioned by month on `recorded_at` (migration 0001, partitions made ahead by the
 * `audit.partitions` job). Append-only: a trigger refuses UPDATE and DELETE, and the privileges are revoked.
 * Only for building queries: drizzle-kit does not see this file (`schema/index.ts` says why).
 */
export const entries = auditSchema.table('entries', {
  id: uuid('id').notNull(),
  organizationId: uuid('organization_id').notNull(),
  /** Position in the organisation's hash chain, from 1. */
  sequence: bigint('sequence', { mode: 'number' }).notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  source: text('source').$type<AuditSource>().notNull(),
  /** The event id (source `event`) or the request's own id (source `mutation`). */
  sourceId: text('source_id').notNull(),
  actorKind: text('actor_kind').$type<AuditActorKind>().notNull(),
  actorId: text('actor_id'),
  channel: text('channel').$type<AuditChannel>().notNull(),
  requestId: text('request_id'),
  traceId: text('trace_id'),
  operationName: text('operation_name'),
  entityType: text('entity_type'),
  entityId: text('entity_id'),
  /** The deal the entry concerns, directly or through its journal, calculations, policies, money or tasks. */
  dealId: uuid('deal_id'),
  /** A code (`crm.deal.updated`, `mutation.createDeal`); summaries are rendered from it, never stored. */
  action: text('action').notNull(),
  /** `ok`, or the error code a refused mutation got. */
  outcome: text('outcome').notNull(),
  changes: jsonb('changes').$type<Record<string, FieldChange> | null>(),
  /** The event's data or the mutation's variables, secrets redacted. */
  details: jsonb('details').$type<unknown>(),
  previousHash: text('previous_hash').notNull(),
  hash: text('hash').notNull(),
});

export type EntryRow = typeof entries.$inferSelect;
export type NewEntry = typeof entries.$inferInsert;
