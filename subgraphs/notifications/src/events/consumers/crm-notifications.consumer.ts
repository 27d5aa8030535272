import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { NotifyService } from '../../services/notify.service';
import { notifyingConsumer } from './batched-consumers';

/** The deal's owner learns of calculations added or made READY by others, and of deals back for review. */
export function createCrmNotificationsConsumer(notify: NotifyService): ConsumerDefinition {
  return notifyingConsumer(
    {
      name: 'notifications.crm',
      events: ['crm.calculation.added', 'crm.calculation.updated', 'crm.deal.review_due'],
      lookups: () => undefined,
      async draftsOf(event) {
        const base = { eventId: event.id, organizationId: event.orgid };
        if (event.type === 'crm.calculation.added' || event.type === 'crm.calculation.updated') {
          const data = parseEventData('crm.calculation.added', event.data);
          const becameReady = event.type === 'crm.calculation.updated' && data.status === 'READY' && parseEventData('crm.calculation.updated', event.data).changedFields.includes('status');
          if (event.type === 'crm.calculation.updated' && !becameReady) return [];
          return [
            {
              ...base,
              kind: becameReady ? 'CALCULATION_READY' : 'CALCULATION_ADDED',
              params: { insurerName: data.insurerName, productName: data.productName },
              actorId: event.actorid ?? data.authorId,
              recipients: [data.dealOwnerId],
              dealId: data.dealId,
            },
          ];
        }
        if (event.type === 'crm.deal.review_due') {
          const data = parseEventData('crm.deal.review_due', event.data);
          if (data.archived) return [];
          return [{ ...base, kind: 'DEAL_REVIEW_DUE', params: { dealTitle: data.title, reviewDate: data.reviewDate }, actorId: null, recipients: [data.ownerId], dealId: data.dealId }];
        }
        return [];
      },
    },
    notify,
  );
}
