import type { BaseContext } from '@crm/platform';
import type { AuditServices } from './services/audit-services';

export interface AuditContext extends BaseContext {
  services: AuditServices;
}
