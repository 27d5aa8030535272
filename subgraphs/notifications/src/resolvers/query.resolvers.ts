import type { QueryResolvers } from '../__generated__/resolvers-types';

export const queryResolvers: QueryResolvers = {
  notifications: (_parent, args, { identity, services }) => services.inbox.list(identity, args),
  unreadNotificationsCount: (_parent, _args, { identity, services }) => services.inbox.unreadCount(identity),
  notificationSettings: (_parent, _args, { identity, services }) => services.settings.mine(identity),
};
