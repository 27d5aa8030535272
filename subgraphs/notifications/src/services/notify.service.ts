import type { Executor } from '@crm/platform';
import { createOutboxPublisher } from '@crm/platform/bus';
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
 * The one place notifications are written. Recipients are deduplicated, the actor and
 * those who turned the kind off in-app left out, and an
 * event already turned into a recipient's notification is skipped, so a redelivered event changes nothing.
 * Each new row also goes out as `notifications.notification.added` (the router's `notificationAdded`).
 */
export function createNotifyService(deps: { clock: Clock; settings: SettingsService; telegram: TelegramQueueService }) {
  const publisher = createOutboxPublisher({ source: 'notifications', tables: { outbox } });
  async function notify(tx: Executor, draft: NotificationDraft): Promise<NotificationRow[]> {
    const candidates = [...new Set(draft.recipients.filter((id): id is string => Boolean(id) && id !== draft.actorId))];
    const recipients = await deps.settings.wanting(tx, draft.kind, 'IN_APP', candidates);
    if (recipients.length === 0) return [];
    const createdAt = deps.clock();
    const written = await tx
      .insert(notifications)
      .values(
        recipients.map((recipientId) => ({
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
        })),
      )
      .onConflictDoNothing({ target: [notifications.eventId, notifications.recipientId] })
      .returning();
    await deps.telegram.enqueue(tx, written);
    // One thin event per new inbox row: the router's `notificationAdded` reads the row as its recipient.
    for (const row of written) {
      await publisher.publish(tx, 'notifications.notification.added', {
        orgId: row.organizationId,
        actorId: row.actorId ?? undefined,
        subject: row.id,
        data: { notificationId: row.id, organizationId: row.organizationId, recipientId: row.recipientId, kind: row.kind },
      });
    }
    return written;
  }

  return { notify };
}

export type NotifyService = ReturnType<typeof createNotifyService>;
