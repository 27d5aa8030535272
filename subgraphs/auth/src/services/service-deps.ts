import type { Db, Logger } from '@crm/platform';
import type { Clock } from '../clock';
import type { AuthConfig } from '../config';
import type { UserEventsPublisher } from '../events/user-events.publisher';

/** What every Auth service is built from. */
export interface ServiceDeps {
  db: Db;
  logger: Logger;
  clock: Clock;
  config: AuthConfig;
  events: UserEventsPublisher;
}
