import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createPolicy: MutationResolvers['createPolicy'] = (_parent, { input }, { identity, services }) => services.policies.createPolicy(identity, input);
