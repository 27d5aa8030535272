import { dateString } from '@crm/contracts';
import { z } from 'zod';
import { tasksText } from '../tasks.texts';
import { taskKindSchema, taskPrioritySchema, taskStatusSchema } from './task-values';

export const idSchema = z.uuid();
export const versionSchema = z.number().int();
const titleSchema = z.string().trim().min(1).max(300);
/** Blank text means "no description". */
const descriptionSchema = z
  .string()
  .trim()
  .max(10_000)
  .transform((text) => (text === '' ? null : text));

export const createTaskInput = z.object({
  kind: taskKindSchema,
  title: titleSchema,
  description: descriptionSchema.nullish(),
  dealId: idSchema.nullish(),
  calculationId: idSchema.nullish(),
  policyId: idSchema.nullish(),
  assigneeId: idSchema.nullish(),
  dueDate: dateString.nullish(),
  priority: taskPrioritySchema.nullish(),
})
  // A calculation or policy belongs to a deal: the task names that deal too (CRM checks the pair when it resolves them).
  .refine((t) => !(t.calculationId || t.policyId) || t.dealId, { path: ['dealId'], message: tasksText.reason('objectNeedsDeal') });

/** Absent keeps a field; null clears the optional ones (and is an error for the required ones). */
export const updateTaskInput = z.object({
  id: idSchema,
  version: versionSchema,
  kind: taskKindSchema.optional(),
  title: titleSchema.optional(),
  description: descriptionSchema.nullable().optional(),
  dueDate: dateString.nullable().optional(),
  priority: taskPrioritySchema.optional(),
});

export const assignTaskInput = z.object({ id: idSchema, version: versionSchema, assigneeId: idSchema });

export const changeTaskStatusInput = z.object({ id: idSchema, version: versionSchema, status: taskStatusSchema });

export const reopenTaskInput = z.object({ id: idSchema, version: versionSchema, reason: descriptionSchema.nullish() });

export const addTaskCommentInput = z.object({ taskId: idSchema, text: z.string().trim().min(1).max(10_000) });
