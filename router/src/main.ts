import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createLogger, createTokenVerifier, loadEnv, onTerminationSignal } from '@crm/platform';
import { createRemoteJWKSet } from 'jose';
import { createRouter } from './create-router';
import { routerEnvSchema, subgraphUrlsFromEnv } from './env';

async function main(): Promise<void> {
  const env = loadEnv(routerEnvSchema);
  const logger = createLogger({ name: 'router', level: env.LOG_LEVEL });
  const supergraphPath = env.SUPERGRAPH_PATH ?? resolve(__dirname, '../../schema/supergraph.graphql');
  const router = await createRouter({
    supergraphSdl: readFileSync(supergraphPath, 'utf8'),
    subgraphUrls: subgraphUrlsFromEnv(process.env),
    verifyToken: createTokenVerifier(createRemoteJWKSet(new URL(env.AUTH_JWKS_URL), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 })),
    logger,
    production: env.NODE_ENV === 'production',
    corsOrigins: env.CORS_ORIGINS,
    limits: { maxDepth: env.MAX_DEPTH, maxAliases: env.MAX_ALIASES, maxCost: env.MAX_COST, maxTokens: env.MAX_TOKENS },
    web: { distDir: env.WEB_DIST_DIR && resolve(env.WEB_DIST_DIR) },
  });
  await router.listen(env.PORT, env.HOST);
  onTerminationSignal(logger, () => router.stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`router failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
