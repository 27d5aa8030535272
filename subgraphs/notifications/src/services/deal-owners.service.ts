import type { Executor } from '@crm/platform';
import { eq, lte } from 'drizzle-orm';
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

  async function find(tx: Executor, dealId: string): Promise<DealOwnerRow | null> {
    const [row] = await tx.select().from(dealOwners).where(eq(dealOwners.dealId, dealId));
    return row ?? null;
  }

  /** The deal an event names; one not heard of yet throws, so the bus retries the event after CRM's `crm.deal.created`. */
  async function require(tx: Executor, dealId: string): Promise<DealOwnerRow> {
    const deal = await find(tx, dealId);
    if (!deal) throw new Error(`deal ${dealId} is not in the deals read model yet`);
    return deal;
  }

  return { apply, find, require };
}

export type DealOwnersService = ReturnType<typeof createDealOwnersService>;
