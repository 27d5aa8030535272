import type { AuthPayloadResolvers } from '../__generated__/resolvers-types';

export const authPayloadResolvers: AuthPayloadResolvers = {
  accessTokenExpiresAt: (session) => session.accessTokenExpiresAt.toISOString(),
  refreshTokenExpiresAt: (session) => session.refreshTokenExpiresAt.toISOString(),
};
