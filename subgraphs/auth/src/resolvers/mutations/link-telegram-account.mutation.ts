import type { MutationResolvers } from '../../__generated__/resolvers-types';

/** Public: called by the bot; the one-time code is the credential. */
export const linkTelegramAccount: MutationResolvers['linkTelegramAccount'] = (_parent, { input }, { services }) =>
  services.telegram.linkAccount(input);
