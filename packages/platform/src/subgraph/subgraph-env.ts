import { z } from 'zod';
import { envFields } from '../env';
import { trustProxyField } from '../http/trust-proxy';

/** What every subgraph process reads in distributed mode; a subgraph extends it with its own fields. */
export const subgraphEnvSchema = z.object({
  NODE_ENV: envFields.nodeEnv,
  LOG_LEVEL: envFields.logLevel,
  PORT: envFields.port.default(4001),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  /**
   * The application role requests run as under row-level security (ADR 0067); unset: `<user>_app` with
   * DATABASE_URL's password, created at start when missing (DATABASE_URL's user then needs CREATEROLE).
   */
  DATABASE_APP_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional()),
  /** `false` runs every query as DATABASE_URL's user, without the row-level security backstop. */
  ROW_LEVEL_SECURITY: envFields.boolean.default(true),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
  AMQP_URL: z.string().regex(/^amqps?:\/\//, 'must be an amqp:// URL'),
  BUS_EXCHANGE: z.string().default('crm.events'),
  AUTH_JWKS_URL: envFields.url,
  /** Whose X-Forwarded-For names the client (the router's address): `loopback`, CIDRs, a hop count or `false`. */
  TRUST_PROXY: trustProxyField.default('loopback'),
  /** Serve `/metrics` on this port only (Prometheus inside the cluster, ADR 0057); unset: on PORT as before. */
  METRICS_PORT: envFields.optionalPort,
});

export type SubgraphEnv = z.infer<typeof subgraphEnvSchema>;
