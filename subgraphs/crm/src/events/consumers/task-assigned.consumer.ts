import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { CrmServices } from '../../services/crm-services';
import { lockEventDeal } from './system-deal';

/** A task's assignee works on its deal: they become a participant (and so may see it). */
export function createTaskAssignedConsumer(services: CrmServices): ConsumerDefinition {
  return {
    name: 'crm.deal-participants',
    events: ['tasks.task.assigned'],
    async handle(envelope, tx) {
      const task = parseEventData('tasks.task.assigned', envelope.data);
      const deal = await lockEventDeal(tx, task.organizationId, task.dealId);
      if (!deal) return;
      // Adding an existing participant is a no-op, so a redelivery or a reassignment back changes nothing.
      await services.deals.addParticipantIn(tx, deal, task.assigneeId, task.actorId);
    },
  };
}
