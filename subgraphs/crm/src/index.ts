import { join } from 'node:path';
import { subgraphPackage } from '@crm/platform';
import type { SubgraphModule } from '@crm/platform';
import type { CrmContext } from './context';
import { deadLetters, inbox, outbox } from './db/schema';
import { createPaymentRecordedConsumer } from './events/consumers/payment-recorded.consumer';
import { createPaymentScheduleConsumer } from './events/consumers/payment-schedule.consumer';
import { createTaskAssignedConsumer } from './events/consumers/task-assigned.consumer';
import { createTaskDoneConsumer } from './events/consumers/task-done.consumer';
import { createTaskObjectsConsumer } from './events/consumers/task-objects.consumer';
import { createTaskStageConsumer } from './events/consumers/task-stage.consumer';
import { createReviewDatesJob } from './jobs/review-dates.job';
import { createReviewDueJob } from './jobs/review-due.job';
import { createCrmLoaders } from './loaders/entity-loaders';
import { resolvers } from './resolvers';
import { createCrmServices, type CrmDeps, type CrmServices } from './services/crm-services';

export type { CrmContext } from './context';
export { createCrmServices, type CrmDeps, type CrmServices } from './services/crm-services';
export { crmConfigFromEnv, crmEnvShape, type CrmJobsConfig } from './env';
export { seedCrmDemoData, demoInsurers, demoSharedProducts } from './demo-seed';

export interface CrmSubgraph extends SubgraphModule<CrmContext> {
  services: CrmServices;
  /** The review-due job itself, so tests (and an operator) can run one pass on demand. */
  reviewDueJob: ReturnType<typeof createReviewDueJob>;
  /** Recomputes review dates after `renewalLeadDays` or the time zone changes (ADR 0046). */
  reviewDatesJob: ReturnType<typeof createReviewDatesJob>;
}

export function createCrmSubgraph(deps: CrmDeps & { reviewDueEveryMs?: number; reviewDatesEveryMs?: number }): CrmSubgraph {
  const services = createCrmServices(deps);
  const reviewDueJob = createReviewDueJob(services, deps.reviewDueEveryMs);
  const reviewDatesJob = createReviewDatesJob(services, deps.reviewDatesEveryMs);
  return {
    ...subgraphPackage('crm', join(__dirname, '..')),
    resolvers,
    busTables: { outbox, inbox, deadLetters },
    consumers: [
      createTaskAssignedConsumer(services),
      createTaskDoneConsumer(services),
      createTaskStageConsumer(services),
      createPaymentScheduleConsumer(services),
      createPaymentRecordedConsumer(services),
      services.knownUsers.consumer('crm.users'),
      createTaskObjectsConsumer(),
    ],
    jobs: [reviewDueJob, reviewDatesJob],
    services,
    reviewDueJob,
    reviewDatesJob,
    createContext: (base) => ({ ...base, services, loaders: createCrmLoaders(services, base.identity) }),
  };
}
