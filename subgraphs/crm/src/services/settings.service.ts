import type { Identity, Executor } from '@crm/platform';
import { appError, ErrorCode, parseInput, platformText } from '@crm/platform';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { orgSettings, type OrgSettingsRow } from '../db/schema';
import { requireAdmin, requireCaller } from './access';
import { versionSchema } from './input-schemas';
import type { ServiceDeps } from './service-deps';

export const DEFAULT_RENEWAL_LEAD_DAYS = 30;

const updateInput = z.object({
  version: versionSchema,
  renewalLeadDays: z.number().int().min(0).max(365).nullish(),
  sellersSeeAllDeals: z.boolean().nullish(),
});

export function defaultSettings(organizationId: string): OrgSettingsRow {
  return { organizationId, renewalLeadDays: DEFAULT_RENEWAL_LEAD_DAYS, sellersSeeAllDeals: false, version: 1, updatedAt: new Date(0) };
}

/** The organisation's settings; the defaults until an admin changes them. */
export async function settingsOf(db: Executor, organizationId: string): Promise<OrgSettingsRow> {
  const [row] = await db.select().from(orgSettings).where(eq(orgSettings.organizationId, organizationId));
  return row ?? defaultSettings(organizationId);
}

export function createSettingsService({ db, clock, events }: ServiceDeps) {
  return {
    get: (caller: Identity | null) => settingsOf(db, requireCaller(caller).orgId),

    /**
     * The row is created here, with the defaults, only to be updated in the same transaction: the
     * defaults themselves are never announced (consumers assume them until the first event).
     */
    async update(caller: Identity | null, input: unknown): Promise<OrgSettingsRow> {
      const admin = requireAdmin(caller);
      const data = parseInput(updateInput, input);
      return db.transaction(async (tx) => {
        await tx.insert(orgSettings).values({ organizationId: admin.orgId }).onConflictDoNothing();
        const [updated] = await tx
          .update(orgSettings)
          .set({
            ...(data.renewalLeadDays != null ? { renewalLeadDays: data.renewalLeadDays } : {}),
            ...(data.sellersSeeAllDeals != null ? { sellersSeeAllDeals: data.sellersSeeAllDeals } : {}),
            version: sql`${orgSettings.version} + 1`,
            updatedAt: clock(),
          })
          .where(and(eq(orgSettings.organizationId, admin.orgId), eq(orgSettings.version, data.version)))
          .returning();
        if (!updated) throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version' });
        await events.settingsChanged(tx, updated, admin.userId);
        return updated;
      });
    },
  };
}
