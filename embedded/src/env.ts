import { botEnvShape } from '@crm/bot';
import { envFields } from '@crm/platform';
import { trustProxyField } from '@crm/platform/http';
import { persistedOperationsField, protectionEnvShape, queryLimitsEnvShape, requestBoundsEnvShape } from '@crm/router';
import { authEnvShape } from '@crm/subgraph-auth';
import { crmEnvShape } from '@crm/subgraph-crm';
import { documentsEnvShape } from '@crm/subgraph-documents';
import { notificationsEnvShape } from '@crm/subgraph-notifications';
import { paymentsEnvShape } from '@crm/subgraph-payments';
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
  /** Whose X-Forwarded-For names the client: `loopback` (a proxy on this machine), CIDRs, a hop count, or `false`. */
  TRUST_PROXY: trustProxyField.default('loopback'),
  /** Required to read /metrics in production (Bearer token). */
  METRICS_TOKEN: envFields.optionalSecret,
  /** Every component's `/metrics` on this port (ADR 0057); the public port then serves none. */
  METRICS_PORT: envFields.optionalPort,
  /** The built web app served at `/`; the repository's `web/dist` when unset. */
  WEB_DIST_DIR: z.string().optional(),
  /** The same settings the distributed router, Auth, CRM, Payments, Documents and Notifications read, under the same names. */
  ...authEnvShape,
  ...queryLimitsEnvShape,
  ...requestBoundsEnvShape,
  ...protectionEnvShape,
  ...crmEnvShape,
  ...paymentsEnvShape,
  ...documentsEnvShape,
  ...notificationsEnvShape,
  /** `required` (production default): only the manifests' operations by id; `allowed` (development default): any document too. */
  PERSISTED_OPERATIONS: persistedOperationsField,
  /** The Telegram bot (issue 17): long polling inside `pnpm start` when the token is set, the router's webhook with a secret. */
  ...botEnvShape,
});

export type EmbeddedEnv = z.infer<typeof embeddedEnvSchema>;
