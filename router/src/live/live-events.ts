import type { EventEnvelope } from '@crm/contracts';

/** A thin event as the router's live subscriptions see it: which entity changed, how, when and by whom. */
export interface LiveEvent {
  entity: 'deal' | 'task' | 'notification';
  id: string;
  /** Only this user may receive it (a notification's recipient); null: anyone of the organisation who can see the entity. */
  recipientId: string | null;
  kind: string;
  orgId: string;
  eventId: string;
  occurredAt: string;
  actorId: string | null;
  /**
   * What the event changed and the version the change produced (`calculation:<id>`, 3): the hub drops a
   * change a subscriber already has (ADR 0075). Null when the event carries none (a reminder, a comment,
   * an event from before the contracts carried it).
   */
  changed: { key: string; version: number } | null;
}

/** The bus events that feed live subscriptions (bound by each router instance's own queue). */
export const LIVE_EVENT_PATTERNS = ['crm.deal.*', 'crm.journal.*', 'crm.calculation.*', 'crm.policy.*', 'payments.#', 'tasks.task.*', 'notifications.notification.added'] as const;

/** Which deal events mean which kind of change, and where each says what it changed: `[type prefix, kind, changed entity, its id field, its version field]`. */
const DEAL_KINDS: [prefix: string, kind: string, changed: string, idField: string, versionField: string][] = [
  ['crm.deal.created', 'CREATED', 'deal', 'dealId', 'version'],
  ['crm.deal.updated', 'UPDATED', 'deal', 'dealId', 'version'],
  ['crm.deal.stage_changed', 'STAGE_CHANGED', 'deal', 'dealId', 'version'],
  ['crm.deal.review_due', 'REVIEW_DUE', 'deal', 'dealId', 'version'],
  ['crm.journal.', 'JOURNAL_ENTRY_ADDED', 'journal', 'entryId', 'version'],
  ['crm.calculation.', 'CALCULATION_CHANGED', 'calculation', 'calculationId', 'version'],
  ['crm.policy.', 'POLICY_CHANGED', 'policy', 'policyId', 'version'],
  ['payments.', 'PAYMENT_CHANGED', 'schedule', 'policyId', 'scheduleVersion'],
  ['tasks.task.', 'TASK_CHANGED', 'task', 'taskId', 'version'],
];

const TASK_KINDS: Record<string, string> = {
  'tasks.task.created': 'CREATED',
  'tasks.task.assigned': 'ASSIGNED',
  'tasks.task.status_changed': 'STATUS_CHANGED',
  'tasks.task.commented': 'COMMENTED',
};

function stringField(data: unknown, name: string): string | null {
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The entity an event changed and the version it produced, when its data carries both. */
function changedBy(data: unknown, entity: string, idField: string, versionField: string): LiveEvent['changed'] {
  const id = stringField(data, idField);
  const version = data && typeof data === 'object' ? (data as Record<string, unknown>)[versionField] : undefined;
  return id && typeof version === 'number' ? { key: `${entity}:${id}`, version } : null;
}

/** The live events one bus event means: a change of its deal, for task events a change of the task too, or a recipient's new notification. */
export function liveEventsOf(envelope: EventEnvelope): LiveEvent[] {
  const common = {
    recipientId: null,
    orgId: envelope.orgid,
    eventId: envelope.id,
    occurredAt: envelope.time,
    actorId: envelope.actorid ?? stringField(envelope.data, 'actorId') ?? stringField(envelope.data, 'authorId'),
  };
  if (envelope.type === 'notifications.notification.added') {
    const id = stringField(envelope.data, 'notificationId');
    const recipientId = stringField(envelope.data, 'recipientId');
    // A new notification, delivered once per event id: nothing to version.
    return id && recipientId ? [{ entity: 'notification', id, kind: 'ADDED', ...common, recipientId, changed: null }] : [];
  }
  const events: LiveEvent[] = [];
  const dealId = stringField(envelope.data, 'dealId');
  const match = DEAL_KINDS.find(([prefix]) => envelope.type.startsWith(prefix));
  const changed = match ? changedBy(envelope.data, match[2], match[3], match[4]) : null;
  if (dealId && match) events.push({ entity: 'deal', id: dealId, kind: match[1], ...common, changed });
  const taskId = stringField(envelope.data, 'taskId');
  const taskKind = TASK_KINDS[envelope.type];
  if (taskId && taskKind) events.push({ entity: 'task', id: taskId, kind: taskKind, ...common, changed });
  return events;
}
