import type { Executor } from '@crm/platform';
import { inArray, lte } from 'drizzle-orm';
import { dealOwners, type DealOwnerRow } from '../db/schema';

export interface DealOwnerState {
  dealId: string;
  organizationId: string;
  ownerId: string;
  participantIds: string[];
  title: string;
  eventTime: Date;
}

/** The deals read model: every CRM deal event replaces the row unless an newer one was applied. */
export function createDealOwnersService() {
  async function apply(tx: Executor, state: DealOwnerState): Promise<void> {
    const { dealId, ...rest } = state;
    await tx
      .insert(dealOwners)
      .values(state)
      .onConflictDoUpdate({ target: dealOwners.dealId, set: rest, setWhere: lte(dealOwners.eventTime, state.eventTime) });
  }

  /**
   * The deals events name, read for one transaction (a consumer's batch): `preload` reads many in one
   * query; `require` answers from what was read, reading a deal not read yet. A deal not heard of yet
   * throws, so the bus retries the event (alone) after CRM's `crm.deal.created` has arrived.
   */
  function lookup(tx: Executor) {
    const known = new Map<string, DealOwnerRow>();
    async function preload(dealIds: readonly string[]): Promise<void> {
      const missing = [...new Set(dealIds)].filter((id) => !known.has(id));
      if (missing.length === 0) return;
      for (const row of await tx.select().from(dealOwners).where(inArray(dealOwners.dealId, missing))) known.set(row.dealId, row);
    }
    async function require(dealId: string): Promise<DealOwnerRow> {
      if (!known.has(dealId)) await preload([dealId]);
      const deal = known.get(dealId);
      if (!deal) throw new Error(`deal ${dealId} is not in the deals read model yet`);
      return deal;
    }
    return { preload, require };
  }

  return { apply, lookup };
}

export type DealLookup = ReturnType<ReturnType<typeof createDealOwnersService>['lookup']>;

export type DealOwnersService = ReturnType<typeof createDealOwnersService>;
