import type { MutationResolvers } from '../../__generated__/resolvers-types';

/** Public: holding the refresh token is enough to end its session. */
export const logout: MutationResolvers['logout'] = async (_parent, { input }, { services }) => {
  await services.sessions.logout(input);
  return { loggedOut: true };
};
