import { join } from 'node:path';
import { subgraphPackage } from '@crm/platform';
import type { SubgraphModule } from '@crm/platform';
import { createAuditContext, type AuditContext } from './context';
import { deadLetters, inbox, outbox } from './db/schema';
import { createAuditIngestConsumer } from './events/consumers/audit-ingest.consumer';
import { exportRoutes } from './http/export-routes';
import { resolvers } from './resolvers';
import { createAuditServices, type AuditDeps, type AuditServices } from './services/audit-services';

export type { AuditContext } from './context';
export { createAuditServices, type AuditDeps, type AuditServices } from './services/audit-services';

/** How often the partitions job makes sure the coming months exist. */
const PARTITIONS_EVERY_MS = 60 * 60 * 1000;

export interface AuditSubgraph extends SubgraphModule<AuditContext> {
  services: AuditServices;
}

export function createAuditSubgraph(deps: AuditDeps): AuditSubgraph {
  const services = createAuditServices(deps);
  return {
    ...subgraphPackage('audit', join(__dirname, '..')),
    resolvers,
    busTables: { outbox, inbox, deadLetters },
    consumers: [createAuditIngestConsumer(services.recorder), services.dealAccess.consumer('audit.deal-access'), services.crmSettings.consumer('audit.crm-settings')],
    jobs: [
      { name: 'audit.partitions', everyMs: PARTITIONS_EVERY_MS, run: async () => void (await services.partitions.ensureAhead(deps.db, services.clock())) },
      { name: 'audit.export-links-sweep', everyMs: PARTITIONS_EVERY_MS, run: async () => void (await services.exports.sweep()) },
    ],
    routes: exportRoutes(services.exports, services.names, deps.logger),
    services,
    createContext: (base) => createAuditContext(base, services),
  };
}
