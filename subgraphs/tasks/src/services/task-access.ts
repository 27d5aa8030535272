import { canGrantDealAccess, canReadDeal, canWriteDeal, relationTo, type OrganizationAccessSettings } from '@crm/deal-access';
import { appError, ErrorCode, hasRole, type UserIdentity } from '@crm/platform';
import type { DealAccessRow, TaskRow } from '../db/schema';
import type { TaskStatus } from './task-values';
import { tasksText } from '../tasks.texts';

type Deal = Pick<DealAccessRow, 'organizationId' | 'ownerId' | 'participantIds'> | null;
type Task = Pick<TaskRow, 'organizationId' | 'authorId' | 'assigneeId'>;

/** Its author, its assignee, anyone who may see its deal (CRM's rule under the organisation's settings), an admin. */
export function canSeeTask(identity: UserIdentity, task: Task, deal: Deal, settings: OrganizationAccessSettings): boolean {
  if (task.organizationId !== identity.orgId) return false;
  if (task.authorId === identity.userId || task.assigneeId === identity.userId) return true;
  return hasRole(identity, 'ADMIN') || (deal !== null && canReadDeal(identity, deal, settings));
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

/** A new task on a deal is work on the deal: it needs write access, which `sellersSeeAllDeals` does not give (ADR 0015). */
export function requireMayWorkOnDeal(identity: UserIdentity, deal: DealAccessRow): void {
  if (!canWriteDeal(identity, deal)) throw appError(ErrorCode.Forbidden, { text: tasksText('cannotWorkOnDeal'), field: 'input.dealId' });
}

/**
 * The assignee of a task on a deal becomes its participant (CRM adds them): only where the caller could
 * have added that participant themselves (ADR 0016). Someone already on the deal gains nothing.
 */
export function requireMayAssignOnDeal(identity: UserIdentity, deal: DealAccessRow | null, assigneeId: string): void {
  if (!deal || relationTo(assigneeId, deal) !== 'NONE' || canGrantDealAccess(identity, deal)) return;
  throw appError(ErrorCode.Forbidden, { text: tasksText('cannotAssignNewPerson'), field: 'input.assigneeId' });
}
