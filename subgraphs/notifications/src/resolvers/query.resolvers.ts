import type { QueryResolvers } from '../__generated__/resolvers-types';

export const queryResolvers: QueryResolvers = {
  notifications: (_parent, args, { identity, services }) => services.inbox.list(identity, args),
  notification: async (_parent, { id }, { identity, services }) => (await services.inbox.byIds(identity, [id]))[0] ?? null,
  unreadNotificationsCount: (_parent, _args, { identity, services }) => services.inbox.unreadCount(identity),
  notificationSettings: (_parent, _args, { identity, services }) => services.settings.mine(identity),
};
