import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { CrmServices } from '../../services/crm-services';
import { advanceStage } from '../../services/stage-automation';
import { journalText } from '../../journal.texts';

/**
 * Tasks tell CRM how far the work on a deal has got: a calculation task given to someone moves the
 * deal on to CALCULATION, an issue-policy task to ISSUING (ADR 0053). The event's time is when the
 * work happened: a stage a person set after it stays.
 */
export function createTaskStageConsumer(services: CrmServices): ConsumerDefinition {
  return {
    name: 'crm.deal-stage-from-tasks',
    events: ['tasks.task.created', 'tasks.task.assigned'],
    async handle(envelope, tx) {
      const task = envelope.type === 'tasks.task.assigned' ? parseEventData('tasks.task.assigned', envelope.data) : parseEventData('tasks.task.created', envelope.data);
      if (!task.dealId || task.status === 'DONE' || task.status === 'CANCELLED') return;
      const deal = { id: task.dealId, organizationId: task.organizationId };
      const at = new Date(envelope.time);
      if (task.kind === 'CALCULATION' && task.assigneeId) {
        await advanceStage(tx, services.base, deal, 'CALCULATION', (move) => journalText('stageCalculationTask', { ...move, title: task.title }), at);
      } else if (task.kind === 'ISSUE_POLICY') {
        await advanceStage(tx, services.base, deal, 'ISSUING', (move) => journalText('stageIssueTask', { ...move, title: task.title }), at);
      }
    },
  };
}
