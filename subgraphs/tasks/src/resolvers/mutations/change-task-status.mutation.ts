import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const changeTaskStatus: MutationResolvers['changeTaskStatus'] = async (_parent, { input }, { identity, services }) => ({
  task: await services.status.changeTaskStatus(identity, input),
});
