import { z } from 'zod';
import { dateString, decimalString, moneySchema, producedVersion, uuid } from '../values';
import { defineEvent } from './define-event';

export const dealStageSchema = z.enum(['NEW', 'CALCULATION', 'NEGOTIATION', 'ISSUING', 'ACTIVE', 'CLOSED_WON', 'CLOSED_LOST']);
export type DealStage = z.infer<typeof dealStageSchema>;

export const clientKindSchema = z.enum(['PERSON', 'COMPANY']);
export const journalEntryKindSchema = z.enum(['NOTE', 'CALL', 'MEETING', 'SYSTEM']);
export const calculationStatusSchema = z.enum(['DRAFT', 'READY', 'SENT', 'CHOSEN', 'REJECTED']);
export const policyStatusSchema = z.enum(['DRAFT', 'ACTIVE', 'EXPIRED', 'CANCELLED']);

/** v1 of `crm.settings.changed`: still what a consumer written against v1 parses (v2 only adds `timeZone`). */
export const crmSettingsChangedV1Schema = z.object({
  organizationId: uuid,
  renewalLeadDays: z.number().int().nonnegative(),
  sellersSeeAllDeals: z.boolean(),
  version: z.number().int().positive(),
});

/**
 * Organisation-wide CRM settings; other subgraphs mirror `sellersSeeAllDeals` in their deal-access checks
 * and `timeZone` (ADR 0046) for the organisation's "today". v2 adds `timeZone`, optional: a v1 event still
 * queued from before the upgrade has none, and the reader keeps the zone it has (the default at first).
 */
export const crmSettingsChanged = defineEvent('crm.settings.changed', 2, crmSettingsChangedV1Schema.extend({ timeZone: z.string().min(1).optional() }));

export const crmClientCreated = defineEvent(
  'crm.client.created',
  1,
  z.object({ clientId: uuid, organizationId: uuid, ownerId: uuid, kind: clientKindSchema, displayName: z.string() }),
);

export const crmClientUpdated = defineEvent(
  'crm.client.updated',
  1,
  z.object({ clientId: uuid, organizationId: uuid, ownerId: uuid, displayName: z.string(), changedFields: z.array(z.string()) }),
);

export const crmClientMerged = defineEvent(
  'crm.client.merged',
  1,
  z.object({ organizationId: uuid, sourceClientId: uuid, targetClientId: uuid, movedDealIds: z.array(uuid) }),
);

/** An admin deleted a client that had no deals (ADR 0050); clients merged into it went with it. */
export const crmClientDeleted = defineEvent('crm.client.deleted', 1, z.object({ clientId: uuid, organizationId: uuid, displayName: z.string() }));

/** The deal's access-relevant state travels on every deal event: consumers keep read models without calling back. */
const dealState = {
  dealId: uuid,
  organizationId: uuid,
  clientId: uuid,
  ownerId: uuid,
  participantIds: z.array(uuid),
  title: z.string(),
  stage: dealStageSchema,
  archived: z.boolean(),
  reviewDate: dateString.nullable(),
};

/**
 * v2 adds `renewalOfPolicyId` on a renewal deal (the policy it renews), so Documents links its folder to the
 * old deal's. Optional: a v1 event still queued from before the upgrade has none. v3 adds the deal's
 * `version` (ADR 0075), optional the same way.
 */
export const crmDealCreated = defineEvent('crm.deal.created', 3, z.object({ ...dealState, renewalOfPolicyId: uuid.nullable().optional(), version: producedVersion }));

/** One changed field's values before and after (JSON values as the API shows them), for the audit trail. */
export const fieldChangeSchema = z.object({ from: z.unknown(), to: z.unknown() });
export const fieldChangesSchema = z.record(z.string(), fieldChangeSchema);

/** v1 of `crm.deal.updated`: still what a consumer written against v1 parses (v2 only adds `changes`). */
export const crmDealUpdatedV1Schema = z.object({ ...dealState, changedFields: z.array(z.string()) });

/**
 * v2 adds `changes: {field: {from, to}}`; every v1 field is still there, so v1 consumers read v2 events unchanged.
 * Optional: a v1 event still queued from before the upgrade has none. v3 adds the `version` the change
 * produced (ADR 0075): absent when the change left the deal's version as it was (participants, an
 * automatic review date).
 */
export const crmDealUpdated = defineEvent('crm.deal.updated', 3, crmDealUpdatedV1Schema.extend({ changes: fieldChangesSchema.optional(), version: producedVersion }));

/** v2 adds the `version` the move produced (ADR 0075); absent for an automatic move, which keeps the version (ADR 0053). */
export const crmDealStageChanged = defineEvent(
  'crm.deal.stage_changed',
  2,
  z.object({ ...dealState, from: dealStageSchema, to: dealStageSchema, lossReason: z.string().nullable(), version: producedVersion }),
);

export const crmDealReviewDue = defineEvent('crm.deal.review_due', 1, z.object({ ...dealState, reviewDate: dateString }));

/** The events that carry the deal's whole state (owner, participants, title…): what deal read models follow. */
export const DEAL_STATE_EVENTS = [crmDealCreated.type, crmDealUpdated.type, crmDealStageChanged.type, crmDealReviewDue.type] as const;

/** v2 adds the entry's `version` (ADR 0075). */
export const crmJournalEntryAdded = defineEvent(
  'crm.journal.entry_added',
  2,
  z.object({ entryId: uuid, dealId: uuid, organizationId: uuid, authorId: uuid.nullable(), kind: journalEntryKindSchema, text: z.string(), version: producedVersion }),
);

const calculationState = {
  calculationId: uuid,
  dealId: uuid,
  organizationId: uuid,
  dealOwnerId: uuid,
  authorId: uuid,
  insurerName: z.string(),
  productName: z.string(),
  variantLabel: z.string().nullable(),
  status: calculationStatusSchema,
  sumInsured: moneySchema.nullable(),
  premium: moneySchema.nullable(),
  commissionRate: decimalString.nullable(),
  commissionAmount: moneySchema.nullable(),
  validUntil: dateString.nullable(),
  /** The calculation's version after the change (ADR 0075): added to each calculation event in its next version. */
  version: producedVersion,
};

/** v2 adds `version` (ADR 0075). */
export const crmCalculationAdded = defineEvent('crm.calculation.added', 2, z.object(calculationState));
/** v2 (ADR 0041) adds the optional `changes: {field: {from, to}}` (columns as stored); v1 consumers read it unchanged. v3 adds `version` (ADR 0075). */
export const crmCalculationUpdated = defineEvent(
  'crm.calculation.updated',
  3,
  z.object({ ...calculationState, changedFields: z.array(z.string()), changes: fieldChangesSchema.optional() }),
);
/** v2 adds `version` (ADR 0075). */
export const crmCalculationChosen = defineEvent(
  'crm.calculation.chosen',
  2,
  z.object({ ...calculationState, rejectedCalculationIds: z.array(uuid) }),
);

/**
 * Everything Payments needs to generate the schedule, without calling back: instalments (a single
 * payment is one instalment), commission as a rate of each instalment or a fixed amount, planned expenses.
 * `version` grows with every change; a consumer ignores a version older than what it has applied.
 */
const policyState = {
  policyId: uuid,
  dealId: uuid,
  organizationId: uuid,
  clientId: uuid,
  dealOwnerId: uuid,
  version: z.number().int().positive(),
  number: z.string(),
  insurerName: z.string(),
  productName: z.string(),
  startDate: dateString,
  endDate: dateString,
  status: policyStatusSchema,
  premium: moneySchema,
  instalments: z.array(z.object({ dueDate: dateString, amount: moneySchema })).min(1),
  commission: z.union([
    z.object({ kind: z.literal('RATE'), rate: decimalString }),
    z.object({ kind: z.literal('AMOUNT'), amount: moneySchema }),
  ]),
  plannedExpenses: z.array(z.object({ description: z.string(), amount: moneySchema, dueDate: dateString.nullable() })),
  renewalOfPolicyId: uuid.nullable(),
};

export const crmPolicyCreated = defineEvent('crm.policy.created', 1, z.object(policyState));
/** v2 (ADR 0041) adds the optional `changes: {field: {from, to}}` (columns as stored); v1 consumers read it unchanged. */
export const crmPolicyUpdated = defineEvent('crm.policy.updated', 2, z.object({ ...policyState, changedFields: z.array(z.string()), changes: fieldChangesSchema.optional() }));
