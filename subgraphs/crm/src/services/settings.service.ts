import type { Identity, Executor } from '@crm/platform';
import { appError, dayIn, DEFAULT_TIME_ZONE, ErrorCode, isTimeZone, parseInput, platformText } from '@crm/platform';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { orgSettings, type OrgSettingsRow } from '../db/schema';
import { crmText } from '../crm.texts';
import { requireAdmin, requireCaller } from './access';
import { versionSchema } from './input-schemas';
import type { ServiceDeps } from './service-deps';

export const DEFAULT_RENEWAL_LEAD_DAYS = 30;

const updateInput = z.object({
  version: versionSchema,
  renewalLeadDays: z.number().int().min(0).max(365).nullish(),
  sellersSeeAllDeals: z.boolean().nullish(),
  timeZone: z.string().refine(isTimeZone, { message: crmText.reason('timeZone') }).nullish(),
});

export function defaultSettings(organizationId: string): OrgSettingsRow {
  return {
    organizationId,
    renewalLeadDays: DEFAULT_RENEWAL_LEAD_DAYS,
    sellersSeeAllDeals: false,
    timeZone: DEFAULT_TIME_ZONE,
    version: 1,
    reviewDatesVersion: 1,
    updatedAt: new Date(0),
  };
}

/** The organisation's settings; the defaults until an admin changes them. */
export async function settingsOf(db: Executor, organizationId: string): Promise<OrgSettingsRow> {
  const [row] = await db.select().from(orgSettings).where(eq(orgSettings.organizationId, organizationId));
  return row ?? defaultSettings(organizationId);
}

/** The organisation's "today" at `now`, in its time zone (ADR 0046). */
export async function todayOf(db: Executor, organizationId: string, now: Date): Promise<string> {
  return dayIn((await settingsOf(db, organizationId)).timeZone, now);
}

export function createSettingsService({ db, clock, events }: ServiceDeps) {
  return {
    get: (caller: Identity | null) => settingsOf(db, requireCaller(caller).orgId),

    /** The organisation's "today" by the service's clock. */
    today: (settings: Pick<OrgSettingsRow, 'timeZone'>) => dayIn(settings.timeZone, clock()),

    /**
     * The row is created here, with the defaults, only to be updated in the same transaction: the
     * defaults themselves are never announced (consumers assume them until the first event).
     */
    async update(caller: Identity | null, input: unknown): Promise<OrgSettingsRow> {
      const admin = requireAdmin(caller);
      const data = parseInput(updateInput, input);
      return db.transaction(async (tx) => {
        await tx.insert(orgSettings).values({ organizationId: admin.orgId }).onConflictDoNothing();
        const before = await settingsOf(tx, admin.orgId);
        const changed = <K extends 'renewalLeadDays' | 'timeZone'>(key: K) => data[key] != null && data[key] !== before[key];
        const [updated] = await tx
          .update(orgSettings)
          .set({
            ...(data.renewalLeadDays != null ? { renewalLeadDays: data.renewalLeadDays } : {}),
            ...(data.sellersSeeAllDeals != null ? { sellersSeeAllDeals: data.sellersSeeAllDeals } : {}),
            ...(data.timeZone != null ? { timeZone: data.timeZone } : {}),
            version: sql`${orgSettings.version} + 1`,
            // Review dates hang on these two: the review-dates job recomputes every deal (ADR 0046).
            ...(changed('renewalLeadDays') || changed('timeZone') ? {} : { reviewDatesVersion: sql`${orgSettings.reviewDatesVersion} + 1` }),
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
