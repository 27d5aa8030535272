import type {
  CreateTelegramLinkCodePayloadResolvers,
  LinkTelegramAccountPayloadResolvers,
  TelegramLinkResolvers,
} from '../__generated__/resolvers-types';

export const telegramLinkResolvers: TelegramLinkResolvers = {
  linkedAt: (link) => link.linkedAt.toISOString(),
};

export const linkTelegramAccountPayloadResolvers: LinkTelegramAccountPayloadResolvers = {
  telegram: (link) => link,
};

export const createTelegramLinkCodePayloadResolvers: CreateTelegramLinkCodePayloadResolvers = {
  expiresAt: (payload) => payload.expiresAt.toISOString(),
};
