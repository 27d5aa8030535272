import { dealAccessReadModel } from './services/deal-access.service';
import { join } from 'node:path';
import { subgraphPackage } from '@crm/platform';
import type { SubgraphModule } from '@crm/platform';
import type { PaymentsContext } from './context';
import { deadLetters, inbox, outbox } from './db/schema';
import { createPolicyScheduleConsumer } from './events/consumers/policy-schedule.consumer';
import { createPaymentsLoaders } from './loaders/entity-loaders';
import { resolvers } from './resolvers';
import { createPaymentsServices, type PaymentsDeps, type PaymentsServices } from './services/payments-services';
import { crmSettingsConsumer } from './services/crm-settings.service';

export type { PaymentsContext } from './context';
export type { PaymentsConfig } from './config';
export { paymentsConfigFromEnv, paymentsEnvShape } from './env';
export { createPaymentsServices, type PaymentsDeps, type PaymentsServices } from './services/payments-services';

export interface PaymentsSubgraph extends SubgraphModule<PaymentsContext> {
  services: PaymentsServices;
}

export function createPaymentsSubgraph(deps: PaymentsDeps): PaymentsSubgraph {
  const services = createPaymentsServices(deps);
  return {
    ...subgraphPackage('payments', join(__dirname, '..')),
    resolvers,
    busTables: { outbox, inbox, deadLetters },
    consumers: [createPolicyScheduleConsumer(services.schedules), dealAccessReadModel.consumer('payments.deal-access'), crmSettingsConsumer()],
    jobs: [
      {
        name: 'payments.overdue-instalments',
        everyMs: services.config.overdueJobEveryMs,
        run: async () => {
          await services.overdue.flagOverdue();
        },
      },
    ],
    services,
    createContext: (base) => ({ ...base, services, loaders: createPaymentsLoaders(services, base.identity) }),
  };
}
