import type { AnySubgraphModule, Db, Logger } from '@crm/platform';
import { createAuditSubgraph } from '@crm/subgraph-audit';
import { createAuthSubgraph, type AuthConfig, type AuthSubgraph, type SigningKeys } from '@crm/subgraph-auth';
import { createCrmSubgraph, type CrmJobsConfig, type CrmSubgraph } from '@crm/subgraph-crm';
import { createDocumentsSubgraph, type DocumentsConfig, type StorageAdapter } from '@crm/subgraph-documents';
import { createNotificationsSubgraph, type NotificationsConfig } from '@crm/subgraph-notifications';
import { createPaymentsSubgraph, type PaymentsConfig } from '@crm/subgraph-payments';
import { createTasksSubgraph } from '@crm/subgraph-tasks';

export interface SubgraphInfra {
  db: Db;
  logger: Logger;
  signingKeys: SigningKeys;
  botServiceKey?: string | undefined;
  /** Auth's lifetimes and limits; defaults when absent (tests shorten the access token's). */
  authConfig?: Partial<AuthConfig> | undefined;
  /** CRM's job intervals (CRM_* in the environment); defaults when absent. */
  crmConfig?: Partial<CrmJobsConfig> | undefined;
  /** Payments' settings (PAYMENTS_* in the environment); defaults when absent. */
  paymentsConfig?: Partial<PaymentsConfig> | undefined;
  /** Notifications' settings (Telegram delivery); defaults when absent. */
  notificationsConfig?: Partial<NotificationsConfig> | undefined;
  /** Where Documents keeps the bytes (local disk under DATA_DIR, or Google Drive) and its settings. */
  documentsStorage: StorageAdapter;
  documentsConfig?: Partial<DocumentsConfig> | undefined;
  /** The clock of the subgraphs that decide "today" (CRM, Tasks, Payments); tests set it, the system clock otherwise. */
  clock?: (() => Date) | undefined;
}

export interface SubgraphModules {
  /** Named for the launcher's own use (demo data). */
  auth: AuthSubgraph;
  crm: CrmSubgraph;
  all: AnySubgraphModule[];
}

/** Every subgraph the all-in-one process runs. A new subgraph adds its line here (and to docker-compose.yml). */
export function createSubgraphModules(infra: SubgraphInfra): SubgraphModules {
  const { db, logger, signingKeys, botServiceKey, paymentsConfig, notificationsConfig } = infra;
  const clock = infra.clock ? { clock: infra.clock } : {};
  const child = (subgraph: string) => logger.child({ subgraph });
  const auth = createAuthSubgraph({ db, logger: child('auth'), signingKeys, botServiceKey, ...(infra.authConfig ? { config: infra.authConfig } : {}) });
  const crm = createCrmSubgraph({ db, logger: child('crm'), ...clock, ...infra.crmConfig });
  const tasks = createTasksSubgraph({ db, logger: child('tasks'), ...clock });
  const payments = createPaymentsSubgraph({ db, logger: child('payments'), ...clock, ...(paymentsConfig ? { config: paymentsConfig } : {}) });
  const notifications = createNotificationsSubgraph({ db, logger: child('notifications'), ...(notificationsConfig ? { config: notificationsConfig } : {}) });
  const audit = createAuditSubgraph({ db, logger: child('audit') });
  const documents = createDocumentsSubgraph({ db, logger: child('documents'), storage: infra.documentsStorage, config: infra.documentsConfig ?? {} });
  return { auth, crm, all: [auth, crm, tasks, payments, notifications, documents, audit] };
}
