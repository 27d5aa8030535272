import type { Db } from '@crm/platform';
import type { Clock } from '../clock';
import type { TasksConfig } from '../config';
import type { TaskEventsPublisher } from '../events/task-events.publisher';
import type { DealAccessService } from './deal-access.service';
import type { KnownUsersService } from './known-users.service';

/** What every Tasks service is built from. */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
  config: TasksConfig;
  events: TaskEventsPublisher;
  knownUsers: KnownUsersService;
  deals: DealAccessService;
}
