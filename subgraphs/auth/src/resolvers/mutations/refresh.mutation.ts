import type { MutationResolvers } from '../../__generated__/resolvers-types';

/** Public: the refresh token is the credential. */
export const refresh: MutationResolvers['refresh'] = (_parent, { input }, { services }) => services.sessions.refresh(input);
