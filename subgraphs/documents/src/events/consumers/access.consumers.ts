import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { taskAssignees } from '../../db/schema';
import type { DocumentAccessService } from '../../services/document-access.service';

/** The deal-access read model, CRM's organisation settings and task assignees: all that decides who sees a folder. */
export function createAccessConsumers(access: DocumentAccessService): ConsumerDefinition[] {
  return [
    access.deals.consumer('documents.deal-access'),
    access.settings.consumer('documents.crm-settings'),
    {
      name: 'documents.task-assignees',
      events: ['tasks.task.assigned'],
      async handle(event, tx) {
        if (event.type !== 'tasks.task.assigned') return;
        const data = parseEventData('tasks.task.assigned', event.data);
        if (!data.dealId) return;
        await tx
          .insert(taskAssignees)
          .values({ dealId: data.dealId, userId: data.assigneeId, organizationId: data.organizationId, assignedAt: new Date(event.time) })
          .onConflictDoNothing();
      },
    },
  ];
}
