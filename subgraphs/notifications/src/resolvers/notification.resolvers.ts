import type { NotificationResolvers, TelegramDeliveryResolvers } from '../__generated__/resolvers-types';
import { renderNotification } from '../messages/render-notification';
import { entityRef } from './entity-refs';

export const notificationResolvers: NotificationResolvers = {
  __resolveReference: async (reference, { identity, services }) => (await services.inbox.byIds(identity, [reference.id]))[0] ?? null,
  title: async (row, _args, { language }) => renderNotification(row.kind, row.params, await language()).title,
  body: async (row, _args, { language }) => renderNotification(row.kind, row.params, await language()).body,
  deal: (row) => entityRef('Deal', row.dealId),
  task: (row) => entityRef('Task', row.taskId),
  policy: (row) => entityRef('Policy', row.policyId),
  createdAt: (row) => row.createdAt.toISOString(),
  seenAt: (row) => row.seenAt?.toISOString() ?? null,
  readAt: (row) => row.readAt?.toISOString() ?? null,
  archivedAt: (row) => row.archivedAt?.toISOString() ?? null,
  telegramDelivery: async (row, _args, { services }) => (await services.telegramQueue.ofNotifications([row.id]))[0] ?? null,
};

export const telegramDeliveryResolvers: TelegramDeliveryResolvers = {
  sentAt: (row) => row.sentAt?.toISOString() ?? null,
};
