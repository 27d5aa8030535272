import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { taskObjects } from '../../db/schema';

/** Remembers which calculation a new task is about, for `createPolicy(input: { taskId })` (ADR 0052). */
export function createTaskObjectsConsumer(): ConsumerDefinition {
  return {
    name: 'crm.task-objects',
    events: ['tasks.task.created'],
    async handle(envelope, tx) {
      const task = parseEventData('tasks.task.created', envelope.data);
      if (!task.dealId || !task.calculationId) return;
      await tx
        .insert(taskObjects)
        .values({ taskId: task.taskId, organizationId: task.organizationId, dealId: task.dealId, calculationId: task.calculationId })
        .onConflictDoNothing();
    },
  };
}
