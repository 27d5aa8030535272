import type { Db, Logger } from '@crm/platform';
import { systemClock, type Clock } from '../clock';
import { defaultNotificationsConfig, type NotificationsConfig } from '../config';
import { createDealOwnersService } from './deal-owners.service';
import { createDigestService } from './digest.service';
import { createInboxService } from './inbox.service';
import { createNotifyService } from './notify.service';
import { createOrganisationAdminsService } from './organisation-admins.service';
import { createOrganisationZoneService } from './organisation-zone.service';
import { createSeenDevicesService } from './seen-devices.service';
import { createSettingsService } from './settings.service';
import { createTelegramChatsService } from './telegram-chats.service';
import { createTelegramQueueService } from './telegram-queue.service';
import { createTelegramSender } from './telegram-sender';

export interface NotificationsDeps {
  db: Db;
  logger: Logger;
  clock?: Clock;
  config?: Partial<NotificationsConfig>;
}

export function createNotificationsServices(deps: NotificationsDeps) {
  const clock = deps.clock ?? systemClock;
  const config: NotificationsConfig = { ...defaultNotificationsConfig, ...deps.config };
  const zones = createOrganisationZoneService();
  const settings = createSettingsService({ db: deps.db, zones });
  const chats = createTelegramChatsService();
  const telegramQueue = createTelegramQueueService({ db: deps.db, clock, telegram: config.telegram, chats });
  const notify = createNotifyService({ clock, settings, telegram: telegramQueue });
  return {
    config,
    zones,
    settings,
    chats,
    telegramQueue,
    telegramSender: config.telegram
      ? createTelegramSender({ telegram: config.telegram, queue: telegramQueue, settings, zoneOf: (organizationId) => zones.zoneOf(deps.db, organizationId), clock, logger: deps.logger })
      : null,
    deals: createDealOwnersService(),
    admins: createOrganisationAdminsService(),
    devices: createSeenDevicesService(),
    notify,
    digest: createDigestService({ db: deps.db, clock, notify }),
    inbox: createInboxService({ db: deps.db, clock }),
  };
}

export type NotificationsServices = ReturnType<typeof createNotificationsServices>;
