import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const revokeApiKey: MutationResolvers['revokeApiKey'] = async (_parent, { input }, { identity, services }) => ({
  apiKey: await services.apiKeys.revokeApiKey(identity, input),
});
