import { accessSettingsTable, dealAccessTable } from '@crm/deal-access';
import { auditSchema } from './audit-schema';

/** Read model of who stands how to each CRM deal (ADR 0015): who may read a deal's audit trail. */
export const dealAccess = dealAccessTable(auditSchema, { eventTimeColumn: 'event_time' });

/** Read model of CRM's `sellersSeeAllDeals` (`crm.settings.changed`). */
export const crmSettings = accessSettingsTable(auditSchema);
