import { type Identity, type UserIdentity, pageSize, toConnection, type Connection, type PageArgs } from '@crm/platform';
import { and, asc, eq, getTableColumns, inArray, lte, or, sql } from 'drizzle-orm';
import { taskHistory, tasks, type TaskHistoryRow, type TaskRow } from '../db/schema';
import { requireUser } from '@crm/platform';
import { idSchema } from './input-schemas';
import type { CrmSettingsService } from './crm-settings.service';
import type { ServiceDeps } from './service-deps';
import { afterCursor, filterConditions, taskCursorKey, taskOrder, visibleTo, type TaskFilter } from './task-filters';

const isId = (id: string) => idSchema.safeParse(id).success;

export type TaskRelation = 'ASSIGNED_TO_ME' | 'CREATED_BY_ME' | 'ANY';

export interface TaskListArgs extends PageArgs {
  filter?: TaskFilter | null | undefined;
}

/** What a list of tasks hangs off in a batched read: `Deal.tasks` or `User.assignedTasks`. */
export type TaskParent = 'dealId' | 'assigneeId';

export function createTaskQueriesService(deps: Pick<ServiceDeps, 'db' | 'clock'> & { crmSettings: Pick<CrmSettingsService, 'todayOf'> }) {
  const { db, clock } = deps;
  /** The filter's conditions; due windows sit on the organisation's today, in its time zone (ADR 0046), read only when asked for. */
  const conditionsOf = async (identity: UserIdentity, filter: TaskFilter | null | undefined) =>
    filterConditions(filter, filter?.due ? await deps.crmSettings.todayOf(db, identity.orgId, clock()) : '');

  /** Batch read for the loaders: only tasks the caller may see, in no particular order. */
  async function visibleTasksByIds(identity: UserIdentity, ids: readonly string[]): Promise<TaskRow[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    return db.select().from(tasks).where(and(visibleTo(identity), inArray(tasks.id, valid)));
  }

  async function myTasks(caller: Identity | null, args: TaskListArgs & { relation?: TaskRelation | null }): Promise<Connection<TaskRow>> {
    const identity = requireUser(caller);
    const size = pageSize(args.first);
    const relation = args.relation ?? 'ASSIGNED_TO_ME';
    const mine =
      relation === 'ASSIGNED_TO_ME'
        ? eq(tasks.assigneeId, identity.userId)
        : relation === 'CREATED_BY_ME'
          ? eq(tasks.authorId, identity.userId)
          : or(eq(tasks.assigneeId, identity.userId), eq(tasks.authorId, identity.userId));
    const rows = await db
      .select()
      .from(tasks)
      .where(and(eq(tasks.organizationId, identity.orgId), mine, afterCursor(args.after), ...(await conditionsOf(identity, args.filter))))
      .orderBy(...taskOrder.map((part) => asc(part)))
      .limit(size + 1);
    return toConnection(rows, size, taskCursorKey);
  }

  /**
   * One page per parent (deal or assignee) in a single statement: a window function numbers each
   * parent's rows in list order, so the statement count does not grow with the number of parents.
   */
  async function pagesByParent(caller: Identity | null, parent: TaskParent, parentIds: readonly string[], args: TaskListArgs): Promise<Map<string, Connection<TaskRow>>> {
    const identity = requireUser(caller);
    const size = pageSize(args.first);
    const column = tasks[parent];
    const valid = parentIds.filter(isId);
    if (valid.length === 0) return new Map(parentIds.map((id) => [id, toConnection<TaskRow>([], size, taskCursorKey)]));
    const ranked = db
      .select({
        ...getTableColumns(tasks),
        rank: sql<number>`row_number() over (partition by ${column} order by ${sql.join(taskOrder, sql`, `)})`.as('rank'),
      })
      .from(tasks)
      .where(and(visibleTo(identity), inArray(column, valid), afterCursor(args.after), ...(await conditionsOf(identity, args.filter))))
      .as('ranked');
    const rows = await db
      .select()
      .from(ranked)
      .where(lte(ranked.rank, size + 1))
      .orderBy(asc(ranked.rank));
    const byParent = new Map<string, TaskRow[]>(parentIds.map((id) => [id, []]));
    for (const { rank: _rank, ...row } of rows) {
      const key = row[parent];
      if (key) byParent.get(key)?.push(row);
    }
    return new Map([...byParent].map(([id, list]) => [id, toConnection(list, size, taskCursorKey)]));
  }

  /** Batch read for the loaders; callers pass only ids of tasks the caller may see. */
  async function historyByTaskIds(taskIds: readonly string[]): Promise<TaskHistoryRow[]> {
    if (taskIds.length === 0) return [];
    return db.select().from(taskHistory).where(inArray(taskHistory.taskId, [...taskIds])).orderBy(asc(taskHistory.seq));
  }

  return { visibleTasksByIds, myTasks, pagesByParent, historyByTaskIds };
}

export type TaskQueriesService = ReturnType<typeof createTaskQueriesService>;
