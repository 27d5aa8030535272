import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { NotifyService } from '../../services/notify.service';

/** The deal's owner learns of calculations added or made READY by others, and of deals back for review. */
export function createCrmNotificationsConsumer(notify: NotifyService): ConsumerDefinition {
  return {
    name: 'notifications.crm',
    events: ['crm.calculation.added', 'crm.calculation.updated', 'crm.deal.review_due'],
    async handle(event, tx) {
      const base = { eventId: event.id, organizationId: event.orgid };
      if (event.type === 'crm.calculation.added' || event.type === 'crm.calculation.updated') {
        const data = parseEventData('crm.calculation.added', event.data);
        const becameReady = event.type === 'crm.calculation.updated' && data.status === 'READY' && parseEventData('crm.calculation.updated', event.data).changedFields.includes('status');
        if (event.type === 'crm.calculation.updated' && !becameReady) return;
        await notify.notify(tx, {
          ...base,
          kind: becameReady ? 'CALCULATION_READY' : 'CALCULATION_ADDED',
          params: { insurerName: data.insurerName, productName: data.productName },
          actorId: event.actorid ?? data.authorId,
          recipients: [data.dealOwnerId],
          dealId: data.dealId,
        });
      } else if (event.type === 'crm.deal.review_due') {
        const data = parseEventData('crm.deal.review_due', event.data);
        if (data.archived) return;
        await notify.notify(tx, { ...base, kind: 'DEAL_REVIEW_DUE', params: { dealTitle: data.title, reviewDate: data.reviewDate }, actorId: null, recipients: [data.ownerId], dealId: data.dealId });
      }
    },
  };
}
