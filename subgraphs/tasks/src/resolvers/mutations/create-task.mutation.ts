import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createTask: MutationResolvers['createTask'] = async (_parent, { input }, { identity, services }) => ({
  task: await services.tasks.createTask(identity, input),
});
