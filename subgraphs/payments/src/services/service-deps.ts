import type { Db, Logger } from '@crm/platform';
import type { Clock } from '../clock';
import type { PaymentsConfig } from '../config';
import type { PaymentsEventsPublisher } from '../events/payments-events.publisher';

/** What every Payments service is built from. */
export interface ServiceDeps {
  db: Db;
  logger: Logger;
  clock: Clock;
  config: PaymentsConfig;
  events: PaymentsEventsPublisher;
}
