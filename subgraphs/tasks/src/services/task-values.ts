import { taskKindSchema, taskStatusSchema } from '@crm/contracts';
import { z } from 'zod';

export const taskPrioritySchema = z.enum(['LOW', 'NORMAL', 'HIGH', 'URGENT']);

export type TaskKind = z.infer<typeof taskKindSchema>;
export type TaskStatus = z.infer<typeof taskStatusSchema>;
export type TaskPriority = z.infer<typeof taskPrioritySchema>;
export { taskKindSchema, taskStatusSchema };
