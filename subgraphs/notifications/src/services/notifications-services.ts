import type { Db, Logger } from '@crm/platform';
import { systemClock, type Clock } from '../clock';
import { createDealOwnersService } from './deal-owners.service';
import { createInboxService } from './inbox.service';
import { createNotifyService } from './notify.service';

export interface NotificationsDeps {
  db: Db;
  logger: Logger;
  clock?: Clock;
}

export function createNotificationsServices(deps: NotificationsDeps) {
  const clock = deps.clock ?? systemClock;
  return {
    deals: createDealOwnersService(),
    notify: createNotifyService({ clock }),
    inbox: createInboxService({ db: deps.db, clock }),
  };
}

export type NotificationsServices = ReturnType<typeof createNotificationsServices>;
