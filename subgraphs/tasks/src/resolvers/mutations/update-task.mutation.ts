import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateTask: MutationResolvers['updateTask'] = async (_parent, { input }, { identity, services }) => ({
  task: await services.tasks.updateTask(identity, input),
});
