import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updatePolicy: MutationResolvers['updatePolicy'] = (_parent, { input }, { identity, services }) => services.policies.updatePolicy(identity, input);
