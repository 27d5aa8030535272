import { canSeeDeal, hasRole, type OrganizationAccessSettings, type UserIdentity } from '@crm/platform';
import type { DealAccessRow, TaskRow } from '../db/schema';
import type { TaskStatus } from './task-values';

type Deal = Pick<DealAccessRow, 'organizationId' | 'ownerId' | 'participantIds'> | null;
type Task = Pick<TaskRow, 'organizationId' | 'authorId' | 'assigneeId'>;

/** Its author, its assignee, anyone who may see its deal (CRM's rule under the organisation's settings), an admin. */
export function canSeeTask(identity: UserIdentity, task: Task, deal: Deal, settings: OrganizationAccessSettings): boolean {
  if (task.organizationId !== identity.orgId) return false;
  if (task.authorId === identity.userId || task.assigneeId === identity.userId) return true;
  return hasRole(identity, 'ADMIN') || (deal !== null && canSeeDeal(identity, deal, settings));
}

/** Edit, reassign, cancel, reopen: the author, the deal's owner, an admin. */
export function canManageTask(identity: UserIdentity, task: Task, deal: Deal): boolean {
  if (task.organizationId !== identity.orgId) return false;
  return task.authorId === identity.userId || hasRole(identity, 'ADMIN') || (deal !== null && deal.ownerId === identity.userId);
}

/**
 * The assignee moves their own work along (take it, hand it back, finish it) but does not cancel it:
 * cancelling drops someone else's request, which is the requester's call.
 */
export function canChangeStatus(identity: UserIdentity, task: Task, deal: Deal, to: TaskStatus): boolean {
  if (canManageTask(identity, task, deal)) return true;
  return task.organizationId === identity.orgId && task.assigneeId === identity.userId && to !== 'CANCELLED';
}
