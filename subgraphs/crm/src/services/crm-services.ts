import { createKnownUsersReadModel } from '@crm/deal-access';
import type { Db, Logger } from '@crm/platform';
import { systemClock, type Clock } from '../clock';
import { knownUsers as knownUsersTable } from '../db/schema';
import { createCrmEventsPublisher, type CrmEventsPublisher } from '../events/crm-events.publisher';
import { createCalculationsService } from './calculations.service';
import { createClientRegistryService } from './client-registry.service';
import { createClientsService } from './clients.service';
import { createDealQueriesService } from './deal-queries.service';
import { createDealsService } from './deals.service';
import { createJournalService } from './journal.service';
import { createPoliciesService } from './policies.service';
import { createReferenceService } from './reference.service';
import { createRenewalDealFactory } from './renewal-deal';
import { createSettingsService } from './settings.service';

export interface CrmDeps {
  db: Db;
  logger: Logger;
  clock?: Clock;
  /** Tests replace it to prove that an event and its change commit or roll back together. */
  events?: CrmEventsPublisher;
}

export function createCrmServices(deps: CrmDeps) {
  const base = { db: deps.db, logger: deps.logger, clock: deps.clock ?? systemClock, events: deps.events ?? createCrmEventsPublisher() };
  const clients = createClientsService(base);
  const knownUsers = createKnownUsersReadModel(knownUsersTable);
  return {
    base,
    knownUsers,
    settings: createSettingsService(base),
    reference: createReferenceService(base),
    clients,
    clientRegistry: createClientRegistryService(base, clients),
    deals: createDealsService({ ...base, clients, knownUsers }),
    dealQueries: createDealQueriesService(base),
    journal: createJournalService(base),
    calculations: createCalculationsService(base),
    policies: createPoliciesService({ ...base, createRenewalDeal: createRenewalDealFactory(base) }),
  };
}

export type CrmServices = ReturnType<typeof createCrmServices>;
