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
}

/** The bus events that feed live subscriptions (bound by each router instance's own queue). */
export const LIVE_EVENT_PATTERNS = ['crm.deal.*', 'crm.journal.*', 'crm.calculation.*', 'crm.policy.*', 'payments.#', 'tasks.task.*', 'notifications.notification.added'] as const;

const DEAL_KINDS: [prefix: string, kind: string][] = [
  ['crm.deal.created', 'CREATED'],
  ['crm.deal.updated', 'UPDATED'],
  ['crm.deal.stage_changed', 'STAGE_CHANGED'],
  ['crm.deal.review_due', 'REVIEW_DUE'],
  ['crm.journal.', 'JOURNAL_ENTRY_ADDED'],
  ['crm.calculation.', 'CALCULATION_CHANGED'],
  ['crm.policy.', 'POLICY_CHANGED'],
  ['payments.', 'PAYMENT_CHANGED'],
  ['tasks.task.', 'TASK_CHANGED'],
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
    return id && recipientId ? [{ entity: 'notification', id, kind: 'ADDED', ...common, recipientId }] : [];
  }
  const events: LiveEvent[] = [];
  const dealId = stringField(envelope.data, 'dealId');
  const dealKind = DEAL_KINDS.find(([prefix]) => envelope.type.startsWith(prefix))?.[1];
  if (dealId && dealKind) events.push({ entity: 'deal', id: dealId, kind: dealKind, ...common });
  const taskId = stringField(envelope.data, 'taskId');
  const taskKind = TASK_KINDS[envelope.type];
  if (taskId && taskKind) events.push({ entity: 'task', id: taskId, kind: taskKind, ...common });
  return events;
}
