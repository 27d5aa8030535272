import type { Tx } from '@crm/platform';
import { and, eq } from 'drizzle-orm';
import { deals, type DealRow } from '../../db/schema';

/**
 * The deal an event names, locked, checked against the event's organisation (an event never reaches
 * across tenants); null when it does not exist here, which a consumer treats as nothing to do.
 */
export async function lockEventDeal(tx: Tx, organizationId: string, dealId: string | null): Promise<DealRow | null> {
  if (!dealId) return null;
  const [deal] = await tx
    .select()
    .from(deals)
    .where(and(eq(deals.id, dealId), eq(deals.organizationId, organizationId)))
    .for('update');
  return deal ?? null;
}
