import { join } from 'node:path';
import { subgraphPackage } from '@crm/platform';
import type { Identity, SubgraphModule } from '@crm/platform';
import type { AuthContext } from './context';
import { deadLetters, inbox, outbox } from './db/schema';
import { createAuthLoaders, type AuthLoaders } from './loaders/entity-loaders';
import { resolvers } from './resolvers';
import { createAuthServices, type AuthDeps, type AuthServices } from './services/auth-services';

export type { AuthContext } from './context';
export type { AuthConfig } from './config';
export { ErrorCode } from '@crm/platform';
export { createAuthServices, type AuthDeps, type AuthServices } from './services/auth-services';
export { loadBotServiceKey } from './services/bot-credential';
export { loadSigningKeys, createSigningKeys, generateSigningJwk, type SigningKeys, type SigningKeysOptions } from './services/signing-keys';
export { seedDemoOrganization, DEMO_ORGANIZATION, DEMO_PASSWORD, demoUsers } from './services/demo-seed';
export type { ApiKeyAccess, VerifiedApiKey } from './services/api-keys.service';
export type { TelegramUser } from './services/telegram-links.service';

export const authPublicFields = [
  'Mutation.signUp',
  'Mutation.login',
  'Mutation.refresh',
  'Mutation.logout',
  'Mutation.acceptInvite',
  // The bot's fields: no user token, but each checks the bot's service credential itself (ADR 0012).
  'Mutation.linkTelegramAccount',
  'Mutation.accessTokenForTelegramUser',
  // The router's exchange of a partner's API key (hidden from the public API): the key is the credential (ADR 0024).
  'Mutation.accessTokenForApiKey',
] as const;

export interface AuthSubgraph extends SubgraphModule<AuthContext> {
  /** The same services the resolvers use: for the router (API keys), the bot (Telegram) and the demo seed. */
  services: AuthServices;
}

export function createAuthSubgraph(deps: AuthDeps): AuthSubgraph {
  const services = createAuthServices(deps);
  return {
    ...subgraphPackage('auth', join(__dirname, '..')),
    resolvers,
    publicFields: authPublicFields,
    busTables: { outbox, inbox, deadLetters },
    services,
    createContext: (base) => {
      const byIdentity = new Map<Identity | null, AuthLoaders>();
      const loadersFor = (identity: Identity | null): AuthLoaders => {
        const existing = byIdentity.get(identity);
        if (existing) return existing;
        const created = createAuthLoaders(services, identity);
        byIdentity.set(identity, created);
        return created;
      };
      return { ...base, services, loaders: loadersFor(base.identity), loadersFor };
    },
    routes(router) {
      // Verifiers cache this; a short max-age bounds how long a newly published key stays unknown.
      router.get('/.well-known/jwks.json', (_req, res) => {
        res.set('Cache-Control', 'public, max-age=300').json(services.signingKeys.jwks());
      });
    },
  };
}
export { authEnvShape } from './env';
