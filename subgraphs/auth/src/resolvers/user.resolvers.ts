import { hasRole, appError, ErrorCode } from '@crm/platform';
import type { UserResolvers } from '../__generated__/resolvers-types';
import { viewerOf } from './viewer';
import { authText } from '../auth.texts';

export const userResolvers: UserResolvers = {
  // Through the org-scoped loader: another organisation's user resolves to null.
  __resolveReference: (reference, { loaders }) => loaders.user.load(reference.id),
  createdAt: (user) => user.createdAt.toISOString(),
  organization: async (user, _args, context) => {
    const organization = await viewerOf(user, context).loaders.organization.load(user.organizationId);
    if (!organization) throw appError(ErrorCode.NotFound, { text: authText('noSuchOrganization') });
    return organization;
  },
  // A Telegram id is personal: the user and their admins see it, colleagues do not.
  telegram: (user, _args, context) => {
    const { identity, loaders } = viewerOf(user, context);
    const self = identity?.kind === 'user' && identity.userId === user.id;
    return self || hasRole(identity, 'ADMIN') ? loaders.telegramLink.load(user.id) : null;
  },
};
