import { index, integer, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ConflictCode } from '../../domain/reconcile';
import { paymentsSchema } from './payments-schema';
import { policies } from './policies';

/** Where new policy terms disagree with recorded money (or with themselves): left for a person to settle. */
export const scheduleConflicts = paymentsSchema.table(
  'schedule_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    policyId: uuid('policy_id')
      .notNull()
      .references(() => policies.id),
    itemId: uuid('item_id'),
    code: text('code').$type<ConflictCode>().notNull(),
    /** Its text's parameters (payments.texts.ts renders the code with them in the reader's language). */
    params: jsonb('params').$type<Record<string, string | number>>().notNull().default({}),
    /** Conflicts recorded before texts were rendered per reader kept their English sentence here. */
    message: text('message'),
    termsVersion: integer('terms_version').notNull(),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** A person's id, or null when newer terms superseded it. */
    resolvedBy: uuid('resolved_by'),
    resolution: text('resolution'),
  },
  (t) => [index('schedule_conflicts_policy_idx').on(t.policyId, t.detectedAt)],
);

export type ScheduleConflictRow = typeof scheduleConflicts.$inferSelect;
