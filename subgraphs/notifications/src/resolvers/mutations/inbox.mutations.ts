import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const markNotificationsRead: MutationResolvers['markNotificationsRead'] = async (_parent, { input }, { identity, services }) => ({
  notifications: await services.inbox.markRead(identity, input),
  unreadCount: await services.inbox.unreadCount(identity),
});

export const archiveNotifications: MutationResolvers['archiveNotifications'] = async (_parent, { input }, { identity, services }) => ({
  notifications: await services.inbox.archive(identity, input),
  unreadCount: await services.inbox.unreadCount(identity),
});

export const markAllNotificationsRead: MutationResolvers['markAllNotificationsRead'] = async (_parent, _args, { identity, services }) => ({
  marked: await services.inbox.markAllRead(identity),
  unreadCount: await services.inbox.unreadCount(identity),
});

export const updateNotificationSettings: MutationResolvers['updateNotificationSettings'] = (_parent, { input }, { identity, services }) =>
  services.settings.update(identity, input);

export const markNotificationsSeen: MutationResolvers['markNotificationsSeen'] = (_parent, _args, { identity, services }) => services.inbox.markSeen(identity);
