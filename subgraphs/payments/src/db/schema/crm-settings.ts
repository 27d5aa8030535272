import { accessSettingsTable } from '@crm/deal-access';
import { paymentsSchema } from './payments-schema';

/** CRM's organisation settings that bear on who sees a deal's money (`crm.settings.changed`; ADR 0009). */
export const crmSettings = accessSettingsTable(paymentsSchema);

export type CrmSettingsRow = typeof crmSettings.$inferSelect;
