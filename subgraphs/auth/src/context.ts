import type { BaseContext, Identity } from '@crm/platform';
import type { AuthLoaders } from './loaders/entity-loaders';
import type { AuthServices } from './services/auth-services';

export interface AuthContext extends BaseContext {
  services: AuthServices;
  /** Scoped to the caller. */
  loaders: AuthLoaders;
  /** Scoped to another identity, e.g. the one a login just issued (one set per identity and request). */
  loadersFor(identity: Identity): AuthLoaders;
}
