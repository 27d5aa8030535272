import type { Db, Logger } from '@crm/platform';
import { systemClock, type Clock } from '../clock';
import { defaultPaymentsConfig, type PaymentsConfig } from '../config';
import { createPaymentsEventsPublisher, type PaymentsEventsPublisher } from '../events/payments-events.publisher';
import { createActualsService } from './actuals.service';
import { createCorrectionsService } from './corrections.service';
import { createOverdueService } from './overdue.service';
import { createReadsService } from './reads.service';
import { createReportsService } from './reports.service';
import { createSchedulesService } from './schedules.service';

export interface PaymentsDeps {
  db: Db;
  logger: Logger;
  config?: Partial<PaymentsConfig>;
  clock?: Clock;
  /** Tests replace it to prove that an event and its change commit or roll back together. */
  events?: PaymentsEventsPublisher;
}

export function createPaymentsServices(deps: PaymentsDeps) {
  const base = {
    db: deps.db,
    logger: deps.logger,
    clock: deps.clock ?? systemClock,
    config: { ...defaultPaymentsConfig, ...deps.config },
    events: deps.events ?? createPaymentsEventsPublisher(),
  };
  return {
    config: base.config,
    schedules: createSchedulesService(base),
    actuals: createActualsService(base),
    corrections: createCorrectionsService(base),
    reads: createReadsService(base),
    reports: createReportsService(base),
    overdue: createOverdueService(base),
  };
}

export type PaymentsServices = ReturnType<typeof createPaymentsServices>;
