import type { Executor } from '@crm/platform';
import { notifications, type NotificationRow } from '../db/schema';
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
 */
export function createNotifyService(deps: { clock: Clock; settings: SettingsService; telegram: TelegramQueueService }) {
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
    return written;
  }

  return { notify };
}

export type NotifyService = ReturnType<typeof createNotifyService>;
