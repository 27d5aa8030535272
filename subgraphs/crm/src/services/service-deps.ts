import type { Db, Logger } from '@crm/platform';
import type { Clock } from '../clock';
import type { CrmEventsPublisher } from '../events/crm-events.publisher';

/** What every CRM service is built from. */
export interface ServiceDeps {
  db: Db;
  logger: Logger;
  clock: Clock;
  events: CrmEventsPublisher;
}
