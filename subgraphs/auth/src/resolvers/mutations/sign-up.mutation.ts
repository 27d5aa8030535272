import type { MutationResolvers } from '../../__generated__/resolvers-types';

/** Public; limited per client address. */
export const signUp: MutationResolvers['signUp'] = (_parent, { input }, { services, clientAddress }) => services.organizations.signUp(input, clientAddress);
