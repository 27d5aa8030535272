import type { Db, Executor } from '@crm/platform';
import { and, eq, lte } from 'drizzle-orm';
import type { TasksConfig } from '../config';
import { dealAccess, type DealAccessRow } from '../db/schema';
import type { CrmSettingsService } from './crm-settings.service';

export interface DealAccessState {
  dealId: string;
  organizationId: string;
  ownerId: string;
  participantIds: string[];
  archived: boolean;
  eventTime: Date;
}

/**
 * The deal-access read model (ADR 0008): CRM's deal events carry owner, participants and archived on
 * every event; whether sellers see all deals comes from CRM's settings events. The rule applied to
 * both is platform's `canSeeDeal`, CRM's own.
 */
export function createDealAccessService(deps: { db: Db; config: TasksConfig; crmSettings: CrmSettingsService }) {
  async function apply(tx: Executor, state: DealAccessState): Promise<void> {
    const { dealId, ...rest } = state;
    await tx
      .insert(dealAccess)
      .values(state)
      .onConflictDoUpdate({ target: dealAccess.dealId, set: rest, setWhere: lte(dealAccess.eventTime, state.eventTime) });
  }

  async function find(executor: Executor, organizationId: string, dealId: string): Promise<DealAccessRow | null> {
    const [row] = await executor.select().from(dealAccess).where(and(eq(dealAccess.dealId, dealId), eq(dealAccess.organizationId, organizationId)));
    return row ?? null;
  }

  /**
   * Like `find`, but a deal not heard of yet gets a short grace period: CRM writes `crm.deal.created`
   * in the deal's own transaction and the relay forwards it within milliseconds, so a seller who
   * creates a task right after the deal usually waits for nothing, and at worst for `dealAccessWaitMs`.
   */
  async function waitFor(organizationId: string, dealId: string): Promise<DealAccessRow | null> {
    const deadline = Date.now() + deps.config.dealAccessWaitMs;
    for (;;) {
      const row = await find(deps.db, organizationId, dealId);
      if (row || Date.now() >= deadline) return row;
      await new Promise((resolve) => setTimeout(resolve, deps.config.dealAccessPollMs));
    }
  }

  return { apply, find, waitFor, settingsOf: deps.crmSettings.accessSettings };
}

export type DealAccessService = ReturnType<typeof createDealAccessService>;
