import type { BaseContext } from '@crm/platform';
import type { CrmLoaders } from './loaders/entity-loaders';
import type { CrmServices } from './services/crm-services';

export interface CrmContext extends BaseContext {
  services: CrmServices;
  loaders: CrmLoaders;
}
