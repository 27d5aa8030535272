import { envFields } from '@crm/platform';
import { z } from 'zod';

export const embeddedEnvSchema = z.object({
  NODE_ENV: envFields.nodeEnv,
  LOG_LEVEL: envFields.logLevel,
  PORT: envFields.port.default(4000),
  /** Loopback by default: the embedded mode is a workstation's, not a server's. */
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('.data'),
  SEED_DEMO: envFields.boolean.optional(),
  CORS_ORIGINS: envFields.csv.default([]),
  AUTH_SIGNING_KEYS: z.string().optional(),
  /** Required to read /metrics in production (Bearer token). */
  METRICS_TOKEN: envFields.optionalSecret,
});

export type EmbeddedEnv = z.infer<typeof embeddedEnvSchema>;
