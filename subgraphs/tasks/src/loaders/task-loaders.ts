import { manyByKey, oneByKey, type Identity, type Connection } from '@crm/platform';
import DataLoader from 'dataloader';
import type { TaskCommentRow, TaskHistoryRow, TaskRow } from '../db/schema';
import type { TaskListArgs, TaskParent } from '../services/task-queries.service';
import type { TasksServices } from '../services/tasks-services';

/** One page of tasks under one parent (a deal or an assignee) with the field's arguments. */
export interface TaskListKey {
  parentId: string;
  args: TaskListArgs;
}

/**
 * Per-request batch loaders bound to the caller: a task the caller may not see loads as null, so
 * `_entities` and list fields never leak across users or organisations.
 */
export interface TasksLoaders {
  task: DataLoader<string, TaskRow | null>;
  comments: DataLoader<string, TaskCommentRow[]>;
  history: DataLoader<string, TaskHistoryRow[]>;
  dealTasks: DataLoader<TaskListKey, Connection<TaskRow>, string>;
  assignedTasks: DataLoader<TaskListKey, Connection<TaskRow>, string>;
}

const argsKey = ({ first, after, filter }: TaskListArgs) => JSON.stringify([first ?? null, after ?? null, filter ?? null]);

/** Parents asked with the same arguments share one statement; different arguments (rare) get one each. */
function taskListLoader(services: TasksServices, identity: Identity | null, parent: TaskParent) {
  return new DataLoader<TaskListKey, Connection<TaskRow>, string>(
    async (keys) => {
      const groups = new Map<string, TaskListKey[]>();
      for (const key of keys) groups.set(argsKey(key.args), [...(groups.get(argsKey(key.args)) ?? []), key]);
      const pages = new Map<string, Connection<TaskRow>>();
      for (const [group, members] of groups) {
        const ids = [...new Set(members.map((m) => m.parentId))];
        const byParent = await services.queries.pagesByParent(identity, parent, ids, members[0]!.args);
        for (const [id, page] of byParent) pages.set(`${id}|${group}`, page);
      }
      return keys.map((key) => pages.get(`${key.parentId}|${argsKey(key.args)}`) ?? new Error('page missing'));
    },
    { cacheKeyFn: (key) => `${key.parentId}|${argsKey(key.args)}` },
  );
}

export function createTasksLoaders(services: TasksServices, identity: Identity | null): TasksLoaders {
  const user = identity?.kind === 'user' ? identity : null;
  return {
    task: new DataLoader(async (ids) => {
      const rows = user ? await services.queries.visibleTasksByIds(user, ids) : [];
      return oneByKey(rows, ids, (t) => t.id);
    }),
    comments: new DataLoader(async (taskIds) => manyByKey(await services.comments.commentsByTaskIds(taskIds), taskIds, (c) => c.taskId)),
    history: new DataLoader(async (taskIds) => manyByKey(await services.queries.historyByTaskIds(taskIds), taskIds, (h) => h.taskId)),
    dealTasks: taskListLoader(services, identity, 'dealId'),
    assignedTasks: taskListLoader(services, identity, 'assigneeId'),
  };
}
