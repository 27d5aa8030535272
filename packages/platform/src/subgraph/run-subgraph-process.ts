import { createRemoteJWKSet } from 'jose';
import type { z } from 'zod';
import { createTokenVerifier, type TokenVerifier } from '../auth/access-token';
import { createAmqpBus } from '../bus/amqp-bus';
import { createDatabase, type Db } from '../db';
import { loadEnv } from '../env';
import { defaultAppUrl, ensureAppRole } from '../row-level-security/app-role';
import { onTerminationSignal } from '../lifecycle';
import { createLogger, type Logger } from '../logger';
import { createProcessMetrics } from '../observability/process-metrics';
import { startTracing } from '../tracing';
import { startSubgraphs } from './start-subgraphs';
import { subgraphEnvSchema, type SubgraphEnv } from './subgraph-env';
import type { AnySubgraphModule } from './subgraph-module';

export interface SubgraphProcessOptions<S extends z.ZodType<SubgraphEnv>, M extends AnySubgraphModule> {
  name: string;
  /** `subgraphEnvSchema.extend({...})` when the subgraph reads more variables. */
  envSchema?: S;
  createModule(infra: { env: z.infer<S>; db: Db; logger: Logger }): Promise<M> | M;
  /** Auth verifies with its own keys; every other subgraph fetches Auth's JWKS. */
  createVerifier?(module: M): TokenVerifier;
}

/** A subgraph's `main.ts` in distributed mode: env → db → bus → server, and a graceful stop on SIGTERM. */
export async function runSubgraphProcess<S extends z.ZodType<SubgraphEnv>, M extends AnySubgraphModule>(options: SubgraphProcessOptions<S, M>): Promise<void> {
  const env = loadEnv(options.envSchema ?? (subgraphEnvSchema as unknown as S));
  const logger = createLogger({ name: options.name, level: env.LOG_LEVEL });
  const tracing = startTracing(options.name);
  const appUrl = env.ROW_LEVEL_SECURITY ? await applicationRoleUrl(env.DATABASE_URL, env.DATABASE_APP_URL) : undefined;
  const database = await createDatabase({ kind: 'pg', url: env.DATABASE_URL, appUrl, poolSize: env.DATABASE_POOL_SIZE, applicationName: options.name });
  const module = await options.createModule({ env, db: database.db, logger });
  const verifyToken = options.createVerifier?.(module) ?? createTokenVerifier(createRemoteJWKSet(new URL(env.AUTH_JWKS_URL), { cooldownDuration: 30_000 }));
  const metrics = createProcessMetrics(options.name);
  const bus = createAmqpBus({ url: env.AMQP_URL, exchange: env.BUS_EXCHANGE, logger, observer: metrics.busObserver });
  const running = await startSubgraphs({
    modules: [module],
    database,
    bus,
    verifyToken,
    logger,
    production: env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY,
    host: env.HOST,
    ports: { [module.name]: env.PORT },
    metrics: { registry: metrics.registry, port: env.METRICS_PORT },
  });
  onTerminationSignal(logger, async () => {
    await running.stop();
    await database.close();
    await tracing.stop();
  });
}

/** DATABASE_APP_URL as given (its role made by the operator), or `<owner>_app`, created when missing. */
async function applicationRoleUrl(ownerUrl: string, appUrl: string | undefined): Promise<string> {
  if (appUrl) return appUrl;
  const derived = defaultAppUrl(ownerUrl);
  await ensureAppRole(ownerUrl, derived);
  return derived;
}
