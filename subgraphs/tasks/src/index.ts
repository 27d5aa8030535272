import { join } from 'node:path';
import { subgraphPackage } from '@crm/platform';
import type { SubgraphModule } from '@crm/platform';
import type { TasksContext } from './context';
import { deadLetters, inbox, outbox } from './db/schema';
import { createDealArchivedConsumer } from './events/consumers/deal-archived.consumer';
import { createTasksLoaders } from './loaders/task-loaders';
import { resolvers } from './resolvers';
import { createTasksServices, type TasksDeps, type TasksServices } from './services/tasks-services';

export type { TasksContext } from './context';
export type { TasksConfig } from './config';
export { createTasksServices, type TasksDeps, type TasksServices } from './services/tasks-services';
export { TASK_TRANSITIONS } from './services/task-transitions';

export interface TasksSubgraph extends SubgraphModule<TasksContext> {
  services: TasksServices;
}

export function createTasksSubgraph(deps: TasksDeps): TasksSubgraph {
  const services = createTasksServices(deps);
  return {
    ...subgraphPackage('tasks', join(__dirname, '..')),
    resolvers,
    busTables: { outbox, inbox, deadLetters },
    consumers: [services.knownUsers.consumer('tasks.users'), services.deals.consumer('tasks.deal-access'), services.crmSettings.consumer('tasks.crm-settings'), services.dealCalculations.consumer('tasks.deal-calculations'), createDealArchivedConsumer(services.cancelOpenTasksOfArchivedDeal)],
    services,
    createContext: (base) => ({ ...base, services, loaders: createTasksLoaders(services, base.identity) }),
  };
}
