import { hasRole, type Db, type Executor, type UserIdentity } from '@crm/platform';
import { and, eq, lte } from 'drizzle-orm';
import type { TasksConfig } from '../config';
import { dealAccess, type DealAccessRow } from '../db/schema';

export interface DealAccessState {
  dealId: string;
  organizationId: string;
  ownerId: string;
  participantIds: string[];
  archived: boolean;
  eventTime: Date;
}

/** Org-wide roles see every deal of the organisation; everyone else needs to own it or take part in it. */
export function canAccessDeal(identity: UserIdentity, deal: Pick<DealAccessRow, 'organizationId' | 'ownerId' | 'participantIds'>): boolean {
  if (deal.organizationId !== identity.orgId) return false;
  return hasRole(identity, 'ADMIN') || deal.ownerId === identity.userId || deal.participantIds.includes(identity.userId);
}

/** The deal-access read model (ADR 0008): CRM's deal events carry owner, participants and archived on every event. */
export function createDealAccessService(deps: { db: Db; config: TasksConfig }) {
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

  return { apply, find, waitFor };
}

export type DealAccessService = ReturnType<typeof createDealAccessService>;
