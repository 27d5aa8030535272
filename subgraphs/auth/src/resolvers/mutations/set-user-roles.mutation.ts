import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const setUserRoles: MutationResolvers['setUserRoles'] = async (_parent, { input }, { identity, services }) => ({
  user: await services.users.setUserRoles(identity, input),
});
