import type { MutationResolvers } from '../../__generated__/resolvers-types';

/** Public. */
export const signUp: MutationResolvers['signUp'] = (_parent, { input }, { services }) => services.organizations.signUp(input);
