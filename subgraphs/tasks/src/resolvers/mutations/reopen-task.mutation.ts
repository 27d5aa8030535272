import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const reopenTask: MutationResolvers['reopenTask'] = async (_parent, { input }, { identity, services }) => ({
  task: await services.status.reopenTask(identity, input),
});
