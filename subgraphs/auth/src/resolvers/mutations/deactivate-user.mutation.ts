import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const deactivateUser: MutationResolvers['deactivateUser'] = async (_parent, { input }, { identity, services }) => ({
  user: await services.users.deactivateUser(identity, input),
});
