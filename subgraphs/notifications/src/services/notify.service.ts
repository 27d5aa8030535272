import { randomUUID } from 'node:crypto';
import type { Executor } from '@crm/platform';
import { createOutboxPublisher } from '@crm/platform/bus';
import { sql } from 'drizzle-orm';
import { notifications, outbox, type NotificationRow } from '../db/schema';
import type { NotificationKind } from '../messages/notification-kinds';
import type { Clock } from '../clock';
import type { SettingsService } from './settings.service';
import type { TelegramQueueService } from './telegram-queue.service';

/** One event's notification, before it is fanned out to its recipients. */
export interface NotificationDraft {
  eventId: string;
  organizationId: string;
  kind: NotificationKind;
  params: Record<string, string>;
  /** Who caused the event; never notified of their own action. Null for the system. */
  actorId: string | null;
  recipients: readonly (string | null | undefined)[];
  dealId?: string | null;
  taskId?: string | null;
  policyId?: string | null;
}

/**
 * The one place notifications are written. Recipients are deduplicated, the actor and those who
 * turned the kind off in-app left out, and an event already turned into a recipient's notification is
 * skipped, so a redelivered event changes nothing. Each new row also goes out as
 * `notifications.notification.added` (the router's `notificationAdded`).
 *
 * `write` takes a consumer's whole batch of drafts and spends a fixed number of statements on it,
 * however many drafts and recipients (ADR 0069): the readers' choices, the rows, the Telegram links,
 * the Telegram queue, the outbox and its wake-up. Rows, messages and events keep the drafts' order,
 * so a chat's Telegram messages go out in the order of their events.
 */
export function createNotifyService(deps: { clock: Clock; settings: SettingsService; telegram: TelegramQueueService }) {
  const publisher = createOutboxPublisher({ source: 'notifications', tables: { outbox } });

  async function write(tx: Executor, drafts: readonly NotificationDraft[]): Promise<NotificationRow[]> {
    const fannedOut = drafts.map((draft) => ({ draft, candidates: [...new Set(draft.recipients.filter((id): id is string => Boolean(id) && id !== draft.actorId))] }));
    const everyone = fannedOut.flatMap(({ candidates }) => candidates);
    if (everyone.length === 0) return [];
    const choices = await deps.settings.choicesOf(tx, everyone);
    const createdAt = deps.clock();
    const rows: NotificationRow[] = fannedOut.flatMap(({ draft, candidates }) =>
      candidates
        .filter((recipientId) => choices.wants(recipientId, draft.kind, 'IN_APP'))
        .map((recipientId) => ({
          id: randomUUID(),
          organizationId: draft.organizationId,
          recipientId,
          kind: draft.kind,
          params: draft.params,
          actorId: draft.actorId,
          dealId: draft.dealId ?? null,
          taskId: draft.taskId ?? null,
          policyId: draft.policyId ?? null,
          eventId: draft.eventId,
          createdAt,
          seenAt: null,
          readAt: null,
          archivedAt: null,
        })),
    );
    if (rows.length === 0) return [];
    const inserted = await insertNew(tx, rows);
    const written = rows.filter((row) => inserted.has(row.id));
    await deps.telegram.enqueue(tx, written, choices);
    // One thin event per new inbox row: the router's `notificationAdded` reads the row as its recipient.
    await publisher.publishMany(
      tx,
      'notifications.notification.added',
      written.map((row) => ({
        orgId: row.organizationId,
        actorId: row.actorId ?? undefined,
        subject: row.id,
        data: { notificationId: row.id, organizationId: row.organizationId, recipientId: row.recipientId, kind: row.kind },
      })),
    );
    return written;
  }

  return { write };
}

/**
 * One insert for any number of rows: they go in as one JSON parameter (as the bus's batch inbox does,
 * ADR 0071), so no row count runs into PostgreSQL's limit on bound values. The ids of rows that were
 * new: `(event_id, recipient_id)` already there (a redelivery) is skipped.
 */
async function insertNew(tx: Executor, rows: readonly NotificationRow[]): Promise<Set<string>> {
  const json = JSON.stringify(
    rows.map((row) => ({
      id: row.id,
      organization_id: row.organizationId,
      recipient_id: row.recipientId,
      kind: row.kind,
      params: row.params,
      actor_id: row.actorId,
      deal_id: row.dealId,
      task_id: row.taskId,
      policy_id: row.policyId,
      event_id: row.eventId,
      created_at: row.createdAt.toISOString(),
    })),
  );
  const result = (await tx.execute(sql`
    INSERT INTO ${notifications} (id, organization_id, recipient_id, kind, params, actor_id, deal_id, task_id, policy_id, event_id, created_at)
    SELECT r.id, r.organization_id, r.recipient_id, r.kind, r.params, r.actor_id, r.deal_id, r.task_id, r.policy_id, r.event_id, r.created_at
    FROM json_to_recordset(${json}::json) AS r(id uuid, organization_id uuid, recipient_id uuid, kind text, params jsonb, actor_id uuid, deal_id uuid, task_id uuid, policy_id uuid, event_id text, created_at timestamptz)
    ON CONFLICT (event_id, recipient_id) DO NOTHING
    RETURNING id`)) as unknown as { rows: { id: string }[] };
  return new Set(result.rows.map((row) => row.id));
}

export type NotifyService = ReturnType<typeof createNotifyService>;
