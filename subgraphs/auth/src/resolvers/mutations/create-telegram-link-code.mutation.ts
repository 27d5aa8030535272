import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createTelegramLinkCode: MutationResolvers['createTelegramLinkCode'] = (_parent, _args, { identity, services }) =>
  services.telegram.createLinkCode(identity);
