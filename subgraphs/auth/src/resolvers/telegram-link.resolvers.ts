import type {
  CreateTelegramLinkCodePayloadResolvers,
  LinkTelegramAccountPayloadResolvers,
  TelegramLinkResolvers,
  TelegramUserAccessPayloadResolvers,
} from '../__generated__/resolvers-types';
import { seenBy } from './viewer';

export const telegramLinkResolvers: TelegramLinkResolvers = {
  linkedAt: (link) => link.linkedAt.toISOString(),
};

export const linkTelegramAccountPayloadResolvers: LinkTelegramAccountPayloadResolvers = {
  telegram: (link) => link,
};

export const createTelegramLinkCodePayloadResolvers: CreateTelegramLinkCodePayloadResolvers = {
  expiresAt: (payload) => payload.expiresAt.toISOString(),
};

export const telegramUserAccessPayloadResolvers: TelegramUserAccessPayloadResolvers = {
  accessTokenExpiresAt: (access) => access.accessTokenExpiresAt.toISOString(),
  user: (access) => seenBy(access.user, access.identity),
};
