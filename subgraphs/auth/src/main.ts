import { createTokenVerifier, runSubgraphProcess, subgraphEnvSchema } from '@crm/platform';
import { createLocalJWKSet } from 'jose';
import { Redis } from 'ioredis';
import { authEnvShape } from './env';
import { createAuthSubgraph } from './index';
import { loadSigningKeys } from './services/signing-keys';

const authEnvSchema = subgraphEnvSchema.extend(authEnvShape);

runSubgraphProcess({
  name: 'auth',
  envSchema: authEnvSchema,
  async createModule({ env, db, logger }) {
    const signingKeys = await loadSigningKeys({ keysJson: env.AUTH_SIGNING_KEYS, production: env.NODE_ENV === 'production' });
    const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : undefined;
    return createAuthSubgraph({ db, logger, signingKeys, botServiceKey: env.BOT_SERVICE_KEY, ...(redis ? { redis } : {}) });
  },
  // Auth checks tokens with its own keys rather than fetching its own JWKS over HTTP.
  createVerifier: (module) => createTokenVerifier(createLocalJWKSet(module.services.signingKeys.jwks())),
}).catch((error: unknown) => {
  process.stderr.write(`auth failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
