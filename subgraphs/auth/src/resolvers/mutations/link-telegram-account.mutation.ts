import type { MutationResolvers } from '../../__generated__/resolvers-types';

/** Public at the gateway, but only the bot's service credential is accepted; the one-time code proves the CRM account. */
export const linkTelegramAccount: MutationResolvers['linkTelegramAccount'] = (_parent, { input }, { services, botCredential }) =>
  services.telegram.linkAccount(botCredential, input);
