import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { createArchivedDealTasks } from '../../services/archived-deal-tasks';

/** `crm.deal.updated` that archives a deal cancels the deal's open tasks (ADR 0052). */
export function createDealArchivedConsumer(cancelOpenTasks: ReturnType<typeof createArchivedDealTasks>): ConsumerDefinition {
  return {
    name: 'tasks.deal-archived',
    events: ['crm.deal.updated'],
    async handle(envelope, tx) {
      const deal = parseEventData('crm.deal.updated', envelope.data);
      if (!deal.archived || !deal.changedFields.includes('archived')) return;
      await cancelOpenTasks(tx, deal.organizationId, deal.dealId, envelope.actorid ?? null);
    },
  };
}
