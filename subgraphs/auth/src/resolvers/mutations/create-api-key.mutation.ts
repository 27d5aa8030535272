import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createApiKey: MutationResolvers['createApiKey'] = (_parent, { input }, { identity, services }) =>
  services.apiKeys.createApiKey(identity, input);
