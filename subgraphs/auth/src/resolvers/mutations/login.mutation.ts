import type { MutationResolvers } from '../../__generated__/resolvers-types';

/** Public; rate-limited per account and per client address. The user agent tells Notifications of a new device. */
export const login: MutationResolvers['login'] = (_parent, { input }, { services, clientAddress, userAgent }) => services.sessions.login(input, clientAddress, userAgent);
