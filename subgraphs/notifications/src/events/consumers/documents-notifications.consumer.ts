import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { DealOwnersService } from '../../services/deal-owners.service';
import type { NotifyService } from '../../services/notify.service';

/**
 * A file added to a deal's folders (the deal's own, or one of its policies' or calculations'): its
 * owner and participants learn of it, except whoever uploaded it (the envelope's actor). Owner and
 * participants come from the deals read model; a deal not heard of yet throws, so the bus retries.
 */
export function createDocumentsNotificationsConsumer(notify: NotifyService, deals: DealOwnersService): ConsumerDefinition {
  return {
    name: 'notifications.documents',
    events: ['documents.file.added'],
    async handle(event, tx) {
      if (event.type !== 'documents.file.added') return;
      const data = parseEventData('documents.file.added', event.data);
      if (!data.dealId) return;
      const deal = await deals.require(tx, data.dealId);
      await notify.notify(tx, {
        eventId: event.id,
        organizationId: event.orgid,
        kind: 'FILE_ADDED',
        params: { dealTitle: deal.title, fileName: data.name },
        actorId: event.actorid ?? null,
        recipients: [deal.ownerId, ...deal.participantIds],
        dealId: data.dealId,
      });
    },
  };
}
