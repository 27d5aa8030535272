import type { BaseContext } from '@crm/platform';
import DataLoader from 'dataloader';
import type { AuditServices } from './services/audit-services';

export interface AuditContext extends BaseContext {
  services: AuditServices;
  /** Per request: client id → the name the trail recorded for it, in the caller's organisation. */
  clientNames: DataLoader<string, string | null>;
}

export function createAuditContext(base: BaseContext, services: AuditServices): AuditContext {
  const orgId = base.identity?.orgId;
  const clientNames = new DataLoader<string, string | null>(async (ids) => {
    const names = orgId ? await services.names.namesOf(orgId, ids) : new Map<string, string>();
    return ids.map((id) => names.get(id) ?? null);
  });
  return { ...base, services, clientNames };
}
