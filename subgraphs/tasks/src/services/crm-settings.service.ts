import { createAccessSettingsReadModel } from '@crm/deal-access';
import { crmSettings } from '../db/schema';

/** The organisation settings read model (ADR 0008): only what deal access needs. */
export function createCrmSettingsService() {
  const { apply, read, consumer } = createAccessSettingsReadModel(crmSettings);
  return { apply, accessSettings: read, consumer };
}

export type CrmSettingsService = ReturnType<typeof createCrmSettingsService>;
