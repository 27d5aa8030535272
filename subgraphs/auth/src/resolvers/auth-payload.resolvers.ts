import type { AuthPayloadResolvers } from '../__generated__/resolvers-types';

import { seenBy } from './viewer';

export const authPayloadResolvers: AuthPayloadResolvers = {
  user: (session) => seenBy(session.user, session.identity),
  accessTokenExpiresAt: (session) => session.accessTokenExpiresAt.toISOString(),
  refreshTokenExpiresAt: (session) => session.refreshTokenExpiresAt.toISOString(),
};
