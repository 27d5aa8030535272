import type { MutationResolvers } from '../../__generated__/resolvers-types';

/** Public at the gateway, but only the bot's service credential is accepted. */
export const accessTokenForTelegramUser: MutationResolvers['accessTokenForTelegramUser'] = (_parent, { input }, { services, botCredential }) =>
  services.telegram.accessTokenFor(botCredential, input);
