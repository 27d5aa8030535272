import type { EventPayload } from '@crm/contracts';
import type { Executor, OrganizationAccessSettings } from '@crm/platform';
import { eq, sql } from 'drizzle-orm';
import { crmSettings } from '../db/schema';

/** CRM's default, which holds until its first `crm.settings.changed` for the organisation arrives. */
export const DEFAULT_ACCESS_SETTINGS: OrganizationAccessSettings = { sellersSeeAllDeals: false };

/** Keeps the newest settings version of an organisation; a duplicate or a late older event changes nothing. */
export async function applyCrmSettings(tx: Executor, data: EventPayload<'crm.settings.changed'>): Promise<void> {
  await tx
    .insert(crmSettings)
    .values({ organizationId: data.organizationId, sellersSeeAllDeals: data.sellersSeeAllDeals, version: data.version })
    .onConflictDoUpdate({
      target: crmSettings.organizationId,
      set: { sellersSeeAllDeals: data.sellersSeeAllDeals, version: data.version },
      setWhere: sql`${crmSettings.version} < ${data.version}`,
    });
}

export async function accessSettingsOf(executor: Executor, organizationId: string): Promise<OrganizationAccessSettings> {
  const [row] = await executor.select().from(crmSettings).where(eq(crmSettings.organizationId, organizationId));
  return row ? { sellersSeeAllDeals: row.sellersSeeAllDeals } : DEFAULT_ACCESS_SETTINGS;
}
