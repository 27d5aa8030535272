import type { BaseContext } from '@crm/platform';
import type { TasksLoaders } from './loaders/task-loaders';
import type { TasksServices } from './services/tasks-services';

export interface TasksContext extends BaseContext {
  services: TasksServices;
  loaders: TasksLoaders;
}
