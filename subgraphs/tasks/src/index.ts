import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { SubgraphModule } from '@crm/platform';
import { parse } from 'graphql';
import type { TasksContext } from './context';
import { deadLetters, inbox, outbox } from './db/schema';
import { createCrmSettingsConsumer } from './events/consumers/crm-settings.consumer';
import { createDealAccessConsumer } from './events/consumers/deal-access.consumer';
import { createKnownUsersConsumer } from './events/consumers/known-users.consumer';
import { createTasksLoaders } from './loaders/task-loaders';
import { resolvers } from './resolvers';
import { createTasksServices, type TasksDeps, type TasksServices } from './services/tasks-services';

export type { TasksContext } from './context';
export type { TasksConfig } from './config';
export { createTasksServices, type TasksDeps, type TasksServices } from './services/tasks-services';
export { TASK_TRANSITIONS } from './services/task-transitions';

const PACKAGE_ROOT = join(__dirname, '..');

export interface TasksSubgraph extends SubgraphModule<TasksContext> {
  services: TasksServices;
}

export function createTasksSubgraph(deps: TasksDeps): TasksSubgraph {
  const services = createTasksServices(deps);
  return {
    name: 'tasks',
    typeDefs: parse(readFileSync(join(PACKAGE_ROOT, 'schema.graphql'), 'utf8')),
    resolvers: resolvers as GraphQLResolverMap<TasksContext>,
    migrations: { schema: 'tasks', folder: join(PACKAGE_ROOT, 'migrations') },
    busTables: { outbox, inbox, deadLetters },
    consumers: [createKnownUsersConsumer(services.knownUsers), createDealAccessConsumer(services.deals), createCrmSettingsConsumer(services.crmSettings)],
    services,
    createContext: (base) => ({ ...base, services, loaders: createTasksLoaders(services, base.identity) }),
  };
}
