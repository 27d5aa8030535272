import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const accessTokenForApiKey: MutationResolvers['accessTokenForApiKey'] = async (_parent, { input }, { services }) => {
  const access = await services.apiKeys.accessTokenForApiKey(input);
  return { ...access, accessTokenExpiresAt: access.accessTokenExpiresAt.toISOString() };
};
