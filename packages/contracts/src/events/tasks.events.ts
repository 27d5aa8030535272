import { z } from 'zod';
import { dateString, producedVersion, uuid } from '../values';
import { defineEvent } from './define-event';

export const taskKindSchema = z.enum(['CALCULATION', 'ISSUE_POLICY', 'PAYMENT_CHECK', 'OTHER']);
export const taskStatusSchema = z.enum(['NEW', 'IN_PROGRESS', 'DONE', 'CANCELLED']);

const taskState = {
  taskId: uuid,
  organizationId: uuid,
  dealId: uuid.nullable(),
  kind: taskKindSchema,
  title: z.string(),
  authorId: uuid,
  assigneeId: uuid.nullable(),
  status: taskStatusSchema,
  dueDate: dateString.nullable(),
  /** The calculation and policy the task is about (ADR 0052); absent on events from before. */
  calculationId: uuid.nullish(),
  policyId: uuid.nullish(),
};

/** The task's version after the change (ADR 0075): v2 of the events that change the task. A comment leaves it as it was, so `commented` has none. */
const taskVersion = { version: producedVersion };

export const tasksTaskCreated = defineEvent('tasks.task.created', 2, z.object({ ...taskState, ...taskVersion }));

export const tasksTaskAssigned = defineEvent(
  'tasks.task.assigned',
  2,
  z.object({ ...taskState, assigneeId: uuid, previousAssigneeId: uuid.nullable(), actorId: uuid, ...taskVersion }),
);

export const tasksTaskStatusChanged = defineEvent(
  'tasks.task.status_changed',
  2,
  z.object({ ...taskState, from: taskStatusSchema, to: taskStatusSchema, actorId: uuid, ...taskVersion }),
);

export const tasksTaskCommented = defineEvent(
  'tasks.task.commented',
  1,
  z.object({ ...taskState, commentId: uuid, commentAuthorId: uuid, text: z.string() }),
);
