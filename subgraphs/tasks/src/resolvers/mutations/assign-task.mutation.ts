import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const assignTask: MutationResolvers['assignTask'] = async (_parent, { input }, { identity, services }) => ({
  task: await services.tasks.assignTask(identity, input),
});
