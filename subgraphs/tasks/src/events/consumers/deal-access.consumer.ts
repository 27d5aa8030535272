import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { DealAccessService } from '../../services/deal-access.service';

const DEAL_EVENTS = ['crm.deal.created', 'crm.deal.updated', 'crm.deal.stage_changed', 'crm.deal.review_due'] as const;
type DealEvent = (typeof DEAL_EVENTS)[number];

/** Every deal event carries owner, participants and archived: each one replaces the row (ADR 0008). */
export function createDealAccessConsumer(deals: DealAccessService): ConsumerDefinition {
  return {
    name: 'tasks.deal-access',
    events: [...DEAL_EVENTS],
    async handle(event, tx) {
      if (!DEAL_EVENTS.includes(event.type as DealEvent)) return;
      const data = parseEventData(event.type as DealEvent, event.data);
      await deals.apply(tx, {
        dealId: data.dealId,
        organizationId: data.organizationId,
        ownerId: data.ownerId,
        participantIds: data.participantIds,
        archived: data.archived,
        eventTime: new Date(event.time),
      });
    },
  };
}
