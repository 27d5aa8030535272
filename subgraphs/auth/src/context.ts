import type { BaseContext } from '@crm/platform';
import type { AuthLoaders } from './loaders/entity-loaders';
import type { AuthServices } from './services/auth-services';

export interface AuthContext extends BaseContext {
  services: AuthServices;
  loaders: AuthLoaders;
}
