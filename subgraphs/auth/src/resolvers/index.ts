import { DateTimeScalar } from '@crm/contracts';
import type { EveryField } from '@crm/platform';
import type { MutationResolvers, Resolvers } from '../__generated__/resolvers-types';
import { apiKeyResolvers } from './api-key.resolvers';
import { authPayloadResolvers } from './auth-payload.resolvers';
import { invitationResolvers } from './invitation.resolvers';
import { acceptInvite } from './mutations/accept-invite.mutation';
import { accessTokenForApiKey } from './mutations/access-token-for-api-key.mutation';
import { accessTokenForTelegramUser } from './mutations/access-token-for-telegram-user.mutation';
import { changePassword } from './mutations/change-password.mutation';
import { createApiKey } from './mutations/create-api-key.mutation';
import { createTelegramLinkCode } from './mutations/create-telegram-link-code.mutation';
import { deactivateUser } from './mutations/deactivate-user.mutation';
import { inviteUser } from './mutations/invite-user.mutation';
import { linkTelegramAccount } from './mutations/link-telegram-account.mutation';
import { login } from './mutations/login.mutation';
import { logout } from './mutations/logout.mutation';
import { refresh } from './mutations/refresh.mutation';
import { revokeApiKey } from './mutations/revoke-api-key.mutation';
import { setUserRoles } from './mutations/set-user-roles.mutation';
import { signUp } from './mutations/sign-up.mutation';
import { unlinkTelegramAccount } from './mutations/unlink-telegram-account.mutation';
import { organizationResolvers } from './organization.resolvers';
import { queryResolvers } from './query.resolvers';
import {
  createTelegramLinkCodePayloadResolvers,
  linkTelegramAccountPayloadResolvers,
  telegramLinkResolvers,
  telegramUserAccessPayloadResolvers,
} from './telegram-link.resolvers';
import { userResolvers } from './user.resolvers';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: queryResolvers,
  Mutation: {
    signUp,
    login,
    refresh,
    logout,
    changePassword,
    inviteUser,
    acceptInvite,
    setUserRoles,
    deactivateUser,
    createApiKey,
    revokeApiKey,
    createTelegramLinkCode,
    linkTelegramAccount,
    accessTokenForTelegramUser,
    unlinkTelegramAccount,
    accessTokenForApiKey,
  } satisfies EveryField<MutationResolvers>,
  User: userResolvers,
  Organization: organizationResolvers,
  ApiKey: apiKeyResolvers,
  Invitation: invitationResolvers,
  TelegramLink: telegramLinkResolvers,
  LinkTelegramAccountPayload: linkTelegramAccountPayloadResolvers,
  CreateTelegramLinkCodePayload: createTelegramLinkCodePayloadResolvers,
  TelegramUserAccessPayload: telegramUserAccessPayloadResolvers,
  AuthPayload: authPayloadResolvers,
};
