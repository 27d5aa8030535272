import { join } from 'node:path';
import { subgraphPackage } from '@crm/platform';
import type { ScheduledJob, SubgraphModule } from '@crm/platform';
import type { NotificationsContext } from './context';
import type { Language } from './messages/notification-kinds';
import { deadLetters, inbox, outbox } from './db/schema';
import { appliedInOrder } from './events/consumers/batched-consumers';
import { createAuthNotificationsConsumer } from './events/consumers/auth-notifications.consumer';
import { createCrmNotificationsConsumer } from './events/consumers/crm-notifications.consumer';
import { createDealOwnersConsumer } from './events/consumers/deal-owners.consumer';
import { createDocumentsNotificationsConsumer } from './events/consumers/documents-notifications.consumer';
import { createPaymentsNotificationsConsumer } from './events/consumers/payments-notifications.consumer';
import { createTaskNotificationsConsumer } from './events/consumers/task-notifications.consumer';
import { createTelegramLinksConsumer } from './events/consumers/telegram-links.consumer';
import { resolvers } from './resolvers';
import { createNotificationsServices, type NotificationsDeps, type NotificationsServices } from './services/notifications-services';

export type { NotificationsContext } from './context';
export { defaultTelegramConfig, type NotificationsConfig, type TelegramConfig } from './config';
export { notificationsConfigFromEnv, notificationsEnvShape } from './env';
export { createNotificationsServices, type NotificationsDeps, type NotificationsServices } from './services/notifications-services';
export { renderNotification } from './messages/render-notification';

export interface NotificationsSubgraph extends SubgraphModule<NotificationsContext> {
  services: NotificationsServices;
}

export function createNotificationsSubgraph(deps: NotificationsDeps): NotificationsSubgraph {
  const services = createNotificationsServices(deps);
  return {
    ...subgraphPackage('notifications', join(__dirname, '..')),
    resolvers,
    busTables: { outbox, inbox, deadLetters },
    consumers: [
      // Every consumer takes RabbitMQ's batch path (ADR 0069): the notifying ones write a batch's notifications
      // at once, the read models apply a batch's events one after another.
      appliedInOrder(createDealOwnersConsumer(services.deals)),
      createTaskNotificationsConsumer(services.notify),
      createCrmNotificationsConsumer(services.notify),
      createPaymentsNotificationsConsumer(services.notify, services.deals),
      appliedInOrder(createTelegramLinksConsumer(services.chats)),
      appliedInOrder(services.admins.consumer()),
      createDocumentsNotificationsConsumer(services.notify, services.deals),
      createAuthNotificationsConsumer(services.notify, services.admins, services.devices),
      appliedInOrder(services.zones.consumer()),
    ],
    jobs: telegramJobs(services),
    services,
    createContext: (base) => {
      let language: Promise<Language> | undefined;
      const readerId = base.identity?.kind === 'user' ? base.identity.userId : undefined;
      return { ...base, services, language: () => (language ??= readerId ? services.settings.languageOf(readerId) : Promise.resolve('RU')) };
    },
  };
}

/**
 * The Telegram sender drains the queue on a short tick; the morning digest is looked for every minute.
 * Without a bot token there is neither (nothing goes to Telegram).
 */
function telegramJobs({ telegramSender, digest, config }: NotificationsServices): ScheduledJob[] {
  if (!telegramSender || !config.telegram) return [];
  return [
    { name: 'notifications.telegram-sender', everyMs: config.telegram.pollMs, run: async () => void (await telegramSender.drain()) },
    { name: 'notifications.digest', everyMs: 60_000, run: async () => void (await digest.run()) },
  ];
}
