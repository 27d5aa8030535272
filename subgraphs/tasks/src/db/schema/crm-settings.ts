import { accessSettingsTable } from '@crm/deal-access';
import { tasksSchema } from './tasks-schema';

/** Read model of CRM's organisation settings that bear on deal access (`crm.settings.changed`; ADR 0008). */
export const crmSettings = accessSettingsTable(tasksSchema);

export type CrmSettingsRow = typeof crmSettings.$inferSelect;
