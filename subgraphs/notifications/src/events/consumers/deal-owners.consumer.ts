import { DEAL_STATE_EVENTS, parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { DealOwnersService } from '../../services/deal-owners.service';

type DealEvent = (typeof DEAL_STATE_EVENTS)[number];

/** Every deal event carries owner, participants and title: each one replaces the row of the deals read model. */
export function createDealOwnersConsumer(deals: DealOwnersService): ConsumerDefinition {
  return {
    name: 'notifications.deals',
    events: [...DEAL_STATE_EVENTS],
    async handle(event, tx) {
      if (!DEAL_STATE_EVENTS.includes(event.type as DealEvent)) return;
      const data = parseEventData(event.type as DealEvent, event.data);
      await deals.apply(tx, { dealId: data.dealId, organizationId: data.organizationId, ownerId: data.ownerId, participantIds: data.participantIds, title: data.title, eventTime: new Date(event.time) });
    },
  };
}
