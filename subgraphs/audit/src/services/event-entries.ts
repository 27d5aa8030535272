import type { EventEnvelope } from '@crm/contracts';
import { redactSecrets } from '@crm/platform';
import type { FieldChange } from '../db/entries-table';
import type { AuditRecord } from './recorder.service';

/** What an event is about, by its type's `<subgraph>.<noun>` prefix: the entity type and the data field holding its id. */
const ENTITIES: Record<string, readonly [entityType: string, idField: string]> = {
  'auth.user': ['user', 'userId'],
  'auth.session': ['session', 'sessionId'],
  'auth.telegram': ['user', 'userId'],
  'crm.settings': ['organization', 'organizationId'],
  'crm.client': ['client', 'clientId'],
  'crm.deal': ['deal', 'dealId'],
  'crm.journal': ['journal_entry', 'entryId'],
  'crm.calculation': ['calculation', 'calculationId'],
  'crm.policy': ['policy', 'policyId'],
  'tasks.task': ['task', 'taskId'],
  'payments.schedule': ['policy_schedule', 'policyId'],
  'payments.instalment': ['instalment', 'instalmentId'],
  'payments.income': ['commission_income', 'incomeId'],
  'payments.expense': ['expense', 'expenseId'],
  'documents.file': ['file', 'fileId'],
};

/** Moves whose before/after the event states in its own fields rather than in v2 `changes`. */
const MOVES: Record<string, readonly [field: string, from: string, to: string]> = {
  'crm.deal.stage_changed': ['stage', 'from', 'to'],
  'tasks.task.status_changed': ['status', 'from', 'to'],
  'tasks.task.assigned': ['assigneeId', 'previousAssigneeId', 'assigneeId'],
  'auth.user.roles_changed': ['roles', 'previousRoles', 'roles'],
  'crm.client.merged': ['clientId', 'sourceClientId', 'targetClientId'],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string | null): value is string => value !== null && UUID.test(value);

const asRecord = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const asText = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);

/** The trace id inside a W3C `traceparent`. */
export function traceIdOf(traceparent: string | undefined): string | null {
  return traceparent?.split('-')[1] ?? null;
}

function changesOf(type: string, data: Record<string, unknown>): Record<string, FieldChange> | null {
  if (data['changes'] && typeof data['changes'] === 'object') return data['changes'] as Record<string, FieldChange>;
  const move = MOVES[type];
  return move ? { [move[0]]: { from: data[move[1]] ?? null, to: data[move[2]] ?? null } } : null;
}

/**
 * A domain event as an audit entry: its entity, the deal it concerns, who caused it (the envelope's actor,
 * or the one the payload names), the before/after it carries, and its data with secrets redacted.
 * An event without an actor was the system's doing (a scheduled job, a reaction to another event).
 */
export function eventEntry(envelope: EventEnvelope): AuditRecord {
  const data = asRecord(envelope.data);
  const [subgraph, noun] = envelope.type.split('.');
  const entity = ENTITIES[`${subgraph}.${noun}`];
  const actorId = asText(envelope.actorid) ?? asText(data['actorId']) ?? asText(data['commentAuthorId']);
  const dealId = asText(data['dealId']);
  const { changes: _changes, ...rest } = data;
  return {
    organizationId: envelope.orgid,
    occurredAt: new Date(envelope.time),
    source: 'event',
    sourceId: envelope.id,
    actorKind: actorId ? 'user' : 'system',
    actorId,
    channel: actorId ? (envelope.actorchannel ?? 'web') : 'system',
    requestId: null,
    traceId: traceIdOf(envelope.traceparent),
    operationName: null,
    entityType: entity?.[0] ?? null,
    entityId: entity ? asText(data[entity[1]]) : asText(envelope.subject),
    dealId: isUuid(dealId) ? dealId : null,
    action: envelope.type,
    outcome: 'ok',
    changes: changesOf(envelope.type, data),
    details: redactSecrets(rest),
  };
}
