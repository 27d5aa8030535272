import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const renewPolicy: MutationResolvers['renewPolicy'] = (_parent, { input }, { identity, services }) => services.policies.renewPolicy(identity, input);
