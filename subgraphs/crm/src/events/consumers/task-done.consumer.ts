import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { writeSystemEntry } from '../../services/journal-writer';
import type { CrmServices } from '../../services/crm-services';
import { lockEventDeal } from './system-deal';
import { journalText } from '../../journal.texts';

/** A finished task is noted in its deal's journal. */
export function createTaskDoneConsumer(services: CrmServices): ConsumerDefinition {
  return {
    name: 'crm.task-journal',
    events: ['tasks.task.status_changed'],
    async handle(envelope, tx) {
      const task = parseEventData('tasks.task.status_changed', envelope.data);
      if (task.to !== 'DONE') return;
      const deal = await lockEventDeal(tx, task.organizationId, task.dealId);
      if (deal) await writeSystemEntry(tx, services.base, deal, journalText('taskDone', { title: task.title }));
    },
  };
}
