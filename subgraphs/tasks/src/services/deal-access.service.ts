import { createDealAccessReadModel, findWhileArriving, type DealAccessRow } from '@crm/deal-access';
import { eq } from 'drizzle-orm';
import type { Db } from '@crm/platform';
import type { TasksConfig } from '../config';
import { crmSettings, dealAccess } from '../db/schema';
import type { CrmSettingsService } from './crm-settings.service';

/**
 * The deal-access read model (ADR 0008, 0015): CRM's deal events carry owner, participants and archived
 * on every event; whether sellers see all deals comes from CRM's settings events. The rule applied to
 * both is `@crm/deal-access`, CRM's own.
 */
export function createDealAccessService(deps: { db: Db; config: TasksConfig; crmSettings: CrmSettingsService }) {
  const readModel = createDealAccessReadModel(dealAccess, crmSettings);

  /** Whether the read model knows the deal in any organisation: a deal id never moves between them. */
  async function knownAnywhere(dealId: string): Promise<boolean> {
    const [row] = await deps.db.select({ id: dealAccess.dealId }).from(dealAccess).where(eq(dealAccess.dealId, dealId));
    return !!row;
  }

  /**
   * Like `find`, but a deal made less than `dealAccessWaitMs` ago that Tasks has not heard of yet is
   * waited for, until that long after it was made (ADR 0051): CRM writes `crm.deal.created` in the
   * deal's own transaction and the relay forwards it within milliseconds, so the seller who creates a
   * task right after the deal waits for nothing or next to nothing. A mistyped, made-up, old or other
   * organisation's deal id is answered at once.
   */
  function waitFor(organizationId: string, dealId: string): Promise<DealAccessRow | null> {
    return findWhileArriving(dealId, () => readModel.find(deps.db, organizationId, dealId), {
      graceMs: deps.config.dealAccessWaitMs,
      pollMs: deps.config.dealAccessPollMs,
      knownElsewhere: () => knownAnywhere(dealId),
    });
  }

  return { ...readModel, waitFor, settingsOf: deps.crmSettings.accessSettings };
}

export type DealAccessService = ReturnType<typeof createDealAccessService>;
