import type { Db, Logger } from '@crm/platform';
import { systemClock, type Clock } from '../clock';
import { defaultNotificationsConfig, type NotificationsConfig } from '../config';
import { createDealOwnersService } from './deal-owners.service';
import { createInboxService } from './inbox.service';
import { createNotifyService } from './notify.service';
import { createSettingsService } from './settings.service';

export interface NotificationsDeps {
  db: Db;
  logger: Logger;
  clock?: Clock;
  config?: Partial<NotificationsConfig>;
}

export function createNotificationsServices(deps: NotificationsDeps) {
  const clock = deps.clock ?? systemClock;
  const config: NotificationsConfig = { ...defaultNotificationsConfig, ...deps.config };
  const settings = createSettingsService({ db: deps.db, config });
  return {
    config,
    settings,
    deals: createDealOwnersService(),
    notify: createNotifyService({ clock, settings }),
    inbox: createInboxService({ db: deps.db, clock }),
  };
}

export type NotificationsServices = ReturnType<typeof createNotificationsServices>;
