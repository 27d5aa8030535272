import type { TaskStatus } from './task-values';

/**
 * The moves `changeTaskStatus` allows. IN_PROGRESS → NEW hands a taken task back to the queue;
 * NEW → DONE covers work finished without anyone marking it taken. DONE and CANCELLED are final
 * here: bringing one back is the explicit `reopenTask` (→ NEW), so a slip of a button cannot undo work.
 */
export const TASK_TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  NEW: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
  IN_PROGRESS: ['NEW', 'DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

export const REOPENABLE: readonly TaskStatus[] = ['DONE', 'CANCELLED'];

export const OPEN_STATUSES: readonly TaskStatus[] = ['NEW', 'IN_PROGRESS'];

export function canTransition(from: TaskStatus, to: TaskStatus): boolean {
  return TASK_TRANSITIONS[from].includes(to);
}
