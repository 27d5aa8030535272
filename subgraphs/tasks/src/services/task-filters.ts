import { dealAccessCondition, readModelAccessColumns } from '@crm/deal-access';
import { appError, ErrorCode, hasRole, overdueBy, type UserIdentity } from '@crm/platform';
import { and, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { crmSettings, dealAccess, tasks, type TaskRow } from '../db/schema';
import { dueWindow, type TaskDue } from './due-window';
import { cursorPart, decodeCursor } from '@crm/platform';
import { OPEN_STATUSES } from './task-transitions';
import type { TaskKind, TaskStatus } from './task-values';
import { inputText } from '@crm/texts';

export interface TaskFilter {
  status?: readonly TaskStatus[] | null | undefined;
  kind?: readonly TaskKind[] | null | undefined;
  dealId?: string | null | undefined;
  due?: TaskDue | null | undefined;
  today?: string | null | undefined;
}

const dealColumns = readModelAccessColumns(dealAccess, crmSettings);

/** The same rule as `canSeeTask` (`@crm/deal-access` for the deal part), as SQL: lists never filter in memory. */
export function visibleTo(identity: UserIdentity): SQL {
  const inOrg = eq(tasks.organizationId, identity.orgId);
  if (hasRole(identity, 'ADMIN')) return inOrg;
  const readableDeals = sql`SELECT ${dealAccess.dealId} FROM ${dealAccess} WHERE ${dealAccessCondition('read', identity, dealColumns)}`;
  return and(inOrg, or(eq(tasks.authorId, identity.userId), eq(tasks.assigneeId, identity.userId), sql`${tasks.dealId} IN (${readableDeals})`))!;
}

/** `orgToday` is the organisation's today; a filter's own `today` moves the windows (planning ahead). */
export function filterConditions(filter: TaskFilter | null | undefined, orgToday: string): SQL[] {
  if (!filter) return [];
  const conditions: SQL[] = [];
  if (filter.status?.length) conditions.push(inArray(tasks.status, [...filter.status]));
  if (filter.kind?.length) conditions.push(inArray(tasks.kind, [...filter.kind]));
  if (filter.dealId) {
    if (!z.uuid().safeParse(filter.dealId).success) throw appError(ErrorCode.BadUserInput, { text: inputText('id'), field: 'filter.dealId' });
    conditions.push(eq(tasks.dealId, filter.dealId));
  }
  if (filter.due) {
    const window = dueWindow(filter.due, filter.today, orgToday);
    if ('before' in window) conditions.push(overdueBy(tasks.dueDate, window.before), inArray(tasks.status, [...OPEN_STATUSES]));
    else conditions.push(gte(tasks.dueDate, window.from), lte(tasks.dueDate, window.to));
  }
  return conditions;
}

const NO_DUE_DATE = '9999-12-31';

/** Lists run by due date (none last), then creation, then id: a total order, so keyset pages never skip or repeat. */
export const taskOrder = [sql`coalesce(${tasks.dueDate}, ${NO_DUE_DATE}::date)`, tasks.createdAt, tasks.id];

export function taskCursorKey(task: Pick<TaskRow, 'dueDate' | 'createdAt' | 'id'>): string[] {
  return [task.dueDate ?? NO_DUE_DATE, task.createdAt.toISOString(), task.id];
}

export function afterCursor(after: string | null | undefined): SQL | undefined {
  const key = decodeCursor(after, [cursorPart.day, cursorPart.instant, cursorPart.id]);
  if (!key) return undefined;
  const [due, createdAt, id] = key;
  return sql`(coalesce(${tasks.dueDate}, ${NO_DUE_DATE}::date), ${tasks.createdAt}, ${tasks.id}) > (${due}::date, ${createdAt}::timestamptz, ${id}::uuid)`;
}
