import { createAccessSettingsReadModel } from '@crm/deal-access';
import type { Executor } from '@crm/platform';
import { crmSettings } from '../db/schema';

/** The organisation's time zone, mirrored from CRM's settings; CRM's default until its first event. */
export function createOrganisationZoneService() {
  const readModel = createAccessSettingsReadModel(crmSettings);
  const zoneOf = async (executor: Executor, organizationId: string) => (await readModel.read(executor, organizationId)).timeZone;
  return { zoneOf, consumer: () => readModel.consumer('notifications.crm-settings') };
}

export type OrganisationZoneService = ReturnType<typeof createOrganisationZoneService>;
