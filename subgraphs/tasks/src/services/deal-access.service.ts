import { createDealAccessReadModel, type DealAccessRow } from '@crm/deal-access';
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

  /**
   * Like `find`, but a deal not heard of yet gets a short grace period: CRM writes `crm.deal.created`
   * in the deal's own transaction and the relay forwards it within milliseconds, so a seller who
   * creates a task right after the deal usually waits for nothing, and at worst for `dealAccessWaitMs`.
   */
  async function waitFor(organizationId: string, dealId: string): Promise<DealAccessRow | null> {
    const deadline = Date.now() + deps.config.dealAccessWaitMs;
    for (;;) {
      const row = await readModel.find(deps.db, organizationId, dealId);
      if (row || Date.now() >= deadline) return row;
      await new Promise((resolve) => setTimeout(resolve, deps.config.dealAccessPollMs));
    }
  }

  return { ...readModel, waitFor, settingsOf: deps.crmSettings.accessSettings };
}

export type DealAccessService = ReturnType<typeof createDealAccessService>;
