import type { Db, Logger } from '@crm/platform';
import { systemClock, type Clock } from '../clock';
import { defaultTasksConfig, type TasksConfig } from '../config';
import { createTaskEventsPublisher, type TaskEventsPublisher } from '../events/task-events.publisher';
import { createArchivedDealTasks } from './archived-deal-tasks';
import { createCrmSettingsService } from './crm-settings.service';
import { createDealAccessService } from './deal-access.service';
import { createDealCalculationsService } from './deal-calculations.service';
import { createKnownUsersService } from './known-users.service';
import { createTaskCommentsService } from './task-comments.service';
import { createTaskQueriesService } from './task-queries.service';
import { createTaskStatusService } from './task-status.service';
import { createTasksService } from './tasks.service';

export interface TasksDeps {
  db: Db;
  logger: Logger;
  config?: Partial<TasksConfig>;
  clock?: Clock;
  /** Tests replace it to prove that an event and its change commit or roll back together. */
  events?: TaskEventsPublisher;
}

export function createTasksServices(deps: TasksDeps) {
  const config: TasksConfig = { ...defaultTasksConfig, ...deps.config };
  const clock = deps.clock ?? systemClock;
  const knownUsers = createKnownUsersService();
  const crmSettings = createCrmSettingsService();
  const deals = createDealAccessService({ db: deps.db, config, crmSettings });
  const dealCalculations = createDealCalculationsService({ db: deps.db, config });
  const base = { db: deps.db, clock, config, events: deps.events ?? createTaskEventsPublisher(), knownUsers, deals };
  return {
    config,
    knownUsers,
    deals,
    crmSettings,
    dealCalculations,
    tasks: createTasksService({ ...base, dealCalculations }),
    status: createTaskStatusService(base),
    comments: createTaskCommentsService(base),
    queries: createTaskQueriesService({ ...base, crmSettings }),
    cancelOpenTasksOfArchivedDeal: createArchivedDealTasks(base),
  };
}

export type TasksServices = ReturnType<typeof createTasksServices>;
