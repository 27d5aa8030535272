import type { EveryField } from '@crm/platform';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const queryResolvers: EveryField<QueryResolvers> = {
  task: (_parent, { id }, { loaders }) => loaders.task.load(id),
  myTasks: (_parent, args, { identity, services }) => services.queries.myTasks(identity, args),
};
