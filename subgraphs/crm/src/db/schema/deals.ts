import type { DealStage } from '@crm/contracts';
import { timeOrderedId } from '@crm/platform';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, numeric, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clients } from './clients';
import { crmSchema } from './crm-schema';

export const deals = crmSchema.table(
  'deals',
  {
    // Time-ordered (UUID v7): a read model can tell a deal still on its way from a made-up id (ADR 0051).
    id: uuid('id').primaryKey().defaultRandom().$defaultFn(() => timeOrderedId()),
    organizationId: uuid('organization_id').notNull(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    ownerId: uuid('owner_id').notNull(),
    title: text('title').notNull(),
    stage: text('stage').$type<DealStage>().notNull().default('NEW'),
    lossReason: text('loss_reason'),
    /** When a person last set the stage: work that happened before it does not move the deal on (ADR 0053). */
    stageSetByHandAt: timestamp('stage_set_by_hand_at', { withTimezone: true }),
    insuranceType: text('insurance_type'),
    source: text('source'),
    expectedPremiumAmount: numeric('expected_premium_amount', { precision: 24, scale: 4 }),
    expectedPremiumCurrency: text('expected_premium_currency'),
    reviewDate: date('review_date', { mode: 'string' }),
    reviewDateManual: boolean('review_date_manual').notNull().default(false),
    reviewDateReason: text('review_date_reason'),
    /** The review date `crm.deal.review_due` was last published for: once per deal per date. */
    reviewDuePublishedFor: date('review_due_published_for', { mode: 'string' }),
    archived: boolean('archived').notNull().default(false),
    /** Set on a renewal deal: the policy it renews (no FK: policies reference deals). */
    renewalOfPolicyId: uuid('renewal_of_policy_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // "To review today": the list and the publishing job both walk this one.
    index('deals_organization_review_date_idx').on(t.organizationId, t.reviewDate, t.id).where(sql`${t.archived} = false AND ${t.reviewDate} IS NOT NULL`),
    // The review-due job's scan across organisations: only deals still owed their notification.
    index('deals_review_due_pending_idx')
      .on(t.reviewDate)
      .where(sql`${t.archived} = false AND ${t.reviewDate} IS NOT NULL AND ${t.reviewDuePublishedFor} IS DISTINCT FROM ${t.reviewDate}`),
    index('deals_organization_updated_idx').on(t.organizationId, t.updatedAt, t.id),
    index('deals_organization_owner_updated_idx').on(t.organizationId, t.ownerId, t.updatedAt),
    index('deals_organization_stage_idx').on(t.organizationId, t.stage),
    index('deals_client_idx').on(t.clientId),
    // renewPolicy's "already has an open renewal deal" check and Policy.renewalDeal.
    index('deals_renewal_of_policy_idx').on(t.renewalOfPolicyId).where(sql`${t.renewalOfPolicyId} IS NOT NULL`),
    index('deals_title_trgm_idx').using('gin', sql`lower(${t.title}) gin_trgm_ops`),
  ],
);

/** Users working on a deal besides its owner (task assignees become participants). */
export const dealParticipants = crmSchema.table(
  'deal_participants',
  {
    dealId: uuid('deal_id')
      .notNull()
      .references(() => deals.id),
    userId: uuid('user_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.dealId, t.userId] }), index('deal_participants_user_idx').on(t.organizationId, t.userId)],
);

export type DealRow = typeof deals.$inferSelect;
export type DealParticipantRow = typeof dealParticipants.$inferSelect;
