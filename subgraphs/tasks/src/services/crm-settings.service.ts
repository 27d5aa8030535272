import { createAccessSettingsReadModel } from '@crm/deal-access';
import { crmSettings } from '../db/schema';

/** The organisation settings read model (ADR 0008): what deal access needs and the organisation's day (ADR 0046). */
export function createCrmSettingsService() {
  const { apply, read, todayOf, consumer } = createAccessSettingsReadModel(crmSettings);
  return { apply, accessSettings: read, todayOf, consumer };
}

export type CrmSettingsService = ReturnType<typeof createCrmSettingsService>;
