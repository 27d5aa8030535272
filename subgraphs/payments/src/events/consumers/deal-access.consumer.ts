import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { applyDealState } from '../../services/deal-access.service';

const DEAL_EVENTS = ['crm.deal.created', 'crm.deal.updated', 'crm.deal.stage_changed', 'crm.deal.review_due'] as const;
type DealEvent = (typeof DEAL_EVENTS)[number];

/** Every deal event carries the deal's access state; the newest one wins (ADR 0009). */
export function createDealAccessConsumer(): ConsumerDefinition {
  return {
    name: 'payments.deal-access',
    events: [...DEAL_EVENTS],
    async handle(envelope, tx) {
      const type = envelope.type as DealEvent;
      if (!DEAL_EVENTS.includes(type)) return;
      await applyDealState(tx, parseEventData(type, envelope.data), new Date(envelope.time));
    },
  };
}
