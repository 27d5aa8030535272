import { moneyAmount, type EventPayload, type EventType } from '@crm/contracts';
import type { Executor } from '@crm/platform';
import { createOutboxPublisher } from '@crm/platform/bus';
import { outbox, type CalculationRow, type ClientRow, type DealRow, type JournalEntryRow, type OrgSettingsRow, type PolicyRow } from '../db/schema';

/** A deal with its participants: the state every deal event carries. */
export interface DealState {
  deal: DealRow;
  participantIds: string[];
  /** The change bumped the deal's version: its event carries it (ADR 0075). Participants and automatic moves keep the version. */
  versioned?: boolean;
}

/** A calculation or policy with the names consumers show (they never call back for them). */
export interface Named<T> {
  row: T;
  deal: DealRow;
  insurerName: string;
  productName: string;
}

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Only the fields whose value differs, before and after: what the v2 update events carry (ADR 0041). */
export function actualChanges<T extends object>(before: T, after: T, fields: readonly string[]): FieldChanges {
  return Object.fromEntries(Object.entries(rowChanges(before, after, fields)).filter(([, change]) => JSON.stringify(change.from) !== JSON.stringify(change.to)));
}

/** `fields` of a row before and after a change, as `crm.deal.updated` v2 carries them. */
export function rowChanges<T extends object>(before: T, after: T, fields: readonly string[]): FieldChanges {
  const value = (row: T, field: string) => (row as Record<string, unknown>)[field] ?? null;
  return Object.fromEntries(fields.map((field) => [field, { from: value(before, field), to: value(after, field) }]));
}

function money(amount: string | null, currency: string) {
  return amount === null ? null : { amount: moneyAmount(amount, currency), currency };
}

function dealData({ deal, participantIds, versioned }: DealState) {
  return {
    dealId: deal.id,
    organizationId: deal.organizationId,
    clientId: deal.clientId,
    ownerId: deal.ownerId,
    participantIds,
    title: deal.title,
    stage: deal.stage,
    archived: deal.archived,
    reviewDate: deal.reviewDate,
    ...(versioned ? { version: deal.version } : {}),
  };
}

function calculationData({ row, deal, insurerName, productName }: Named<CalculationRow>) {
  return {
    calculationId: row.id,
    dealId: row.dealId,
    organizationId: row.organizationId,
    dealOwnerId: deal.ownerId,
    authorId: row.authorId,
    insurerName,
    productName,
    variantLabel: row.variantLabel,
    status: row.status,
    sumInsured: money(row.sumInsured, row.currency),
    premium: money(row.premium, row.currency),
    commissionRate: row.commissionRate,
    commissionAmount: money(row.commissionAmount, row.currency),
    validUntil: row.validUntil,
    version: row.version,
  };
}

function policyData({ row, deal, insurerName, productName }: Named<PolicyRow>) {
  const currency = row.currency;
  return {
    policyId: row.id,
    dealId: row.dealId,
    organizationId: row.organizationId,
    clientId: deal.clientId,
    dealOwnerId: deal.ownerId,
    version: row.version,
    number: row.number,
    insurerName,
    productName,
    startDate: row.startDate,
    endDate: row.endDate,
    status: row.status,
    premium: { amount: row.premium, currency },
    instalments: row.instalments.map((i) => ({ dueDate: i.dueDate, amount: { amount: i.amount, currency } })),
    commission:
      row.commissionAmount !== null
        ? { kind: 'AMOUNT' as const, amount: { amount: row.commissionAmount, currency } }
        : { kind: 'RATE' as const, rate: row.commissionRate ?? '0' },
    plannedExpenses: row.plannedExpenses.map((e) => ({ description: e.description, amount: { amount: e.amount, currency }, dueDate: e.dueDate })),
    renewalOfPolicyId: row.renewalOfPolicyId,
  };
}

/** CRM's events, typed over the contracts; each is written into the outbox inside the caller's transaction. */
export function createCrmEventsPublisher() {
  const publisher = createOutboxPublisher({ source: 'crm', tables: { outbox } });
  const publish = <T extends EventType>(tx: Executor, type: T, orgId: string, subject: string, actorId: string | null, data: EventPayload<T>) =>
    publisher.publish(tx, type, { orgId, subject, actorId: actorId ?? undefined, data });

  return {
    // Tasks and Payments mirror `sellersSeeAllDeals` in their deal-access checks (ADRs 0008, 0009).
    settingsChanged: (tx: Executor, s: OrgSettingsRow, actorId: string) =>
      publish(tx, 'crm.settings.changed', s.organizationId, s.organizationId, actorId, {
        organizationId: s.organizationId,
        renewalLeadDays: s.renewalLeadDays,
        sellersSeeAllDeals: s.sellersSeeAllDeals,
        timeZone: s.timeZone,
        version: s.version,
      }),
    clientCreated: (tx: Executor, c: ClientRow, actorId: string) =>
      publish(tx, 'crm.client.created', c.organizationId, c.id, actorId, {
        clientId: c.id,
        organizationId: c.organizationId,
        ownerId: c.ownerId,
        kind: c.kind,
        displayName: c.displayName,
      }),
    clientUpdated: (tx: Executor, c: ClientRow, changedFields: string[], actorId: string) =>
      publish(tx, 'crm.client.updated', c.organizationId, c.id, actorId, {
        clientId: c.id,
        organizationId: c.organizationId,
        ownerId: c.ownerId,
        displayName: c.displayName,
        changedFields,
      }),
    clientsMerged: (tx: Executor, source: ClientRow, target: ClientRow, movedDealIds: string[], actorId: string) =>
      publish(tx, 'crm.client.merged', target.organizationId, target.id, actorId, {
        organizationId: target.organizationId,
        sourceClientId: source.id,
        targetClientId: target.id,
        movedDealIds,
      }),
    clientDeleted: (tx: Executor, c: ClientRow, actorId: string) =>
      publish(tx, 'crm.client.deleted', c.organizationId, c.id, actorId, { clientId: c.id, organizationId: c.organizationId, displayName: c.displayName }),
    dealCreated: (tx: Executor, state: DealState, actorId: string) =>
      publish(tx, 'crm.deal.created', state.deal.organizationId, state.deal.id, actorId, { ...dealData({ ...state, versioned: true }), renewalOfPolicyId: state.deal.renewalOfPolicyId }),
    /** v2 (ADR 0041): the changed fields with their values before and after, for the audit trail. */
    dealUpdated: (tx: Executor, state: DealState, changes: FieldChanges, actorId: string | null) =>
      publish(tx, 'crm.deal.updated', state.deal.organizationId, state.deal.id, actorId, { ...dealData(state), changedFields: Object.keys(changes), changes }),
    dealStageChanged: (tx: Executor, state: DealState, from: DealRow['stage'], actorId: string | null) =>
      publish(tx, 'crm.deal.stage_changed', state.deal.organizationId, state.deal.id, actorId, {
        ...dealData(state),
        from,
        to: state.deal.stage,
        lossReason: state.deal.lossReason,
      }),
    reviewDue: (tx: Executor, state: DealState, reviewDate: string) =>
      publish(tx, 'crm.deal.review_due', state.deal.organizationId, state.deal.id, null, { ...dealData({ ...state, versioned: false }), reviewDate }),
    journalEntryAdded: (tx: Executor, e: JournalEntryRow) =>
      publish(tx, 'crm.journal.entry_added', e.organizationId, e.dealId, e.authorId, {
        entryId: e.id,
        dealId: e.dealId,
        organizationId: e.organizationId,
        authorId: e.authorId,
        kind: e.kind,
        text: e.text,
        version: e.version,
      }),
    calculationAdded: (tx: Executor, c: Named<CalculationRow>, actorId: string) =>
      publish(tx, 'crm.calculation.added', c.row.organizationId, c.row.dealId, actorId, calculationData(c)),
    calculationUpdated: (tx: Executor, c: Named<CalculationRow>, changedFields: string[], changes: FieldChanges, actorId: string) =>
      publish(tx, 'crm.calculation.updated', c.row.organizationId, c.row.dealId, actorId, { ...calculationData(c), changedFields, changes }),
    calculationChosen: (tx: Executor, c: Named<CalculationRow>, rejectedCalculationIds: string[], actorId: string) =>
      publish(tx, 'crm.calculation.chosen', c.row.organizationId, c.row.dealId, actorId, { ...calculationData(c), rejectedCalculationIds }),
    policyCreated: (tx: Executor, p: Named<PolicyRow>, actorId: string) =>
      publish(tx, 'crm.policy.created', p.row.organizationId, p.row.dealId, actorId, policyData(p)),
    policyUpdated: (tx: Executor, p: Named<PolicyRow>, changedFields: string[], changes: FieldChanges, actorId: string) =>
      publish(tx, 'crm.policy.updated', p.row.organizationId, p.row.dealId, actorId, { ...policyData(p), changedFields, changes }),
  };
}

export type CrmEventsPublisher = ReturnType<typeof createCrmEventsPublisher>;
