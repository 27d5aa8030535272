import { organizationZone, zonesInUse, type Executor } from '@crm/platform';
import type { Column, SQL } from 'drizzle-orm';
import { orgSettings } from '../db/schema';

/** Every time zone a CRM organisation has chosen (`inEachZone` adds the default). */
export const crmZonesInUse = (db: Executor): Promise<string[]> => zonesInUse(db, orgSettings);

/** The time zone of the organisation in `organizationId` (a column of the filtered row), for `inEachZone`. */
export const organizationZoneOf = (organizationId: Column): SQL => organizationZone(orgSettings, organizationId);
