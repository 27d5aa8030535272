import { DateTimeScalar } from '@crm/contracts';
import type { Resolvers } from '../__generated__/resolvers-types';
import { archiveNotifications, markAllNotificationsRead, markNotificationsRead, markNotificationsSeen, updateNotificationSettings } from './mutations/inbox.mutations';
import { notificationResolvers, telegramDeliveryResolvers } from './notification.resolvers';
import { queryResolvers } from './query.resolvers';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: queryResolvers,
  Mutation: { markNotificationsRead, markAllNotificationsRead, archiveNotifications, markNotificationsSeen, updateNotificationSettings },
  Notification: notificationResolvers,
  TelegramDelivery: telegramDeliveryResolvers,
};
