import type { BaseContext } from '@crm/platform';
import type { PaymentsLoaders } from './loaders/entity-loaders';
import type { PaymentsServices } from './services/payments-services';

export interface PaymentsContext extends BaseContext {
  services: PaymentsServices;
  loaders: PaymentsLoaders;
}
