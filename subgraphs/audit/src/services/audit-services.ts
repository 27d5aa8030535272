import { createAccessSettingsReadModel, createDealAccessReadModel } from '@crm/deal-access';
import type { Db, Logger } from '@crm/platform';
import { systemClock, type Clock } from '../clock';
import { crmSettings, dealAccess } from '../db/schema';
import { createAuditLogService } from './audit-log.service';
import { createDealTrailService } from './deal-trail.service';
import { createExportsService } from './exports.service';
import { createIntegrityService } from './integrity.service';
import { createPartitionsService } from './partitions.service';
import { createRecorderService } from './recorder.service';
import { createTrailNamesService } from './trail-names.service';

export interface AuditDeps {
  db: Db;
  logger: Logger;
  clock?: Clock;
  /** How long an export link stays valid: 5 minutes unless a test says otherwise. */
  exportLinkTtlMs?: number;
}

const DEFAULT_EXPORT_LINK_TTL_MS = 5 * 60 * 1000;

export function createAuditServices(deps: AuditDeps) {
  const clock = deps.clock ?? systemClock;
  const partitions = createPartitionsService();
  const dealAccessModel = createDealAccessReadModel(dealAccess, crmSettings);
  const crmSettingsModel = createAccessSettingsReadModel(crmSettings);
  return {
    clock,
    partitions,
    dealAccess: dealAccessModel,
    crmSettings: crmSettingsModel,
    recorder: createRecorderService({ clock, partitions }),
    log: createAuditLogService({ db: deps.db }),
    dealTrail: createDealTrailService({ db: deps.db, dealAccess: dealAccessModel, settingsOf: crmSettingsModel.read }),
    integrity: createIntegrityService({ db: deps.db }),
    names: createTrailNamesService({ db: deps.db }),
    exports: createExportsService({ db: deps.db, clock, ttlMs: deps.exportLinkTtlMs ?? DEFAULT_EXPORT_LINK_TTL_MS }),
  };
}

export type AuditServices = ReturnType<typeof createAuditServices>;
