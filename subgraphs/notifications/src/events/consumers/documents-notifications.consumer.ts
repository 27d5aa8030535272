import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { DealOwnersService } from '../../services/deal-owners.service';
import type { NotifyService } from '../../services/notify.service';
import { dealIdsNamed, notifyingConsumer } from './batched-consumers';

/**
 * A file added to a deal's folders (the deal's own, or one of its policies' or calculations'): its
 * owner and participants learn of it, except whoever uploaded it (the envelope's actor). Owner and
 * participants come from the deals read model; a deal not heard of yet throws, so the bus retries.
 */
export function createDocumentsNotificationsConsumer(notify: NotifyService, deals: DealOwnersService): ConsumerDefinition {
  return notifyingConsumer(
    {
      name: 'notifications.documents',
      events: ['documents.file.added'],
      lookups: (tx) => deals.lookup(tx),
      preload: (events, dealLookup) => dealLookup.preload(dealIdsNamed(events)),
      async draftsOf(event, _tx, dealLookup) {
        if (event.type !== 'documents.file.added') return [];
        const data = parseEventData('documents.file.added', event.data);
        if (!data.dealId) return [];
        const deal = await dealLookup.require(data.dealId);
        return [
          {
            eventId: event.id,
            organizationId: event.orgid,
            kind: 'FILE_ADDED',
            params: { dealTitle: deal.title, fileName: data.name },
            actorId: event.actorid ?? null,
            recipients: [deal.ownerId, ...deal.participantIds],
            dealId: data.dealId,
          },
        ];
      },
    },
    notify,
  );
}
