import type { MutationResolvers } from '../../__generated__/resolvers-types';

/** Public; rate-limited per account and per client address. */
export const login: MutationResolvers['login'] = (_parent, { input }, { services, clientAddress }) => services.sessions.login(input, clientAddress);
