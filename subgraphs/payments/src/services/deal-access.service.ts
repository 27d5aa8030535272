import type { EventPayload } from '@crm/contracts';
import type { Tx } from '@crm/platform';
import { sql } from 'drizzle-orm';
import { dealAccess } from '../db/schema';

export type DealStateEvent = EventPayload<'crm.deal.created'>;

/** Keeps who may see a deal from the CRM deal events; an event older than the state kept changes nothing. */
export async function applyDealState(tx: Tx, data: DealStateEvent, eventTime: Date): Promise<void> {
  const values = {
    dealId: data.dealId,
    organizationId: data.organizationId,
    ownerId: data.ownerId,
    participantIds: data.participantIds,
    archived: data.archived,
    stateAt: eventTime,
  };
  await tx
    .insert(dealAccess)
    .values(values)
    .onConflictDoUpdate({
      target: dealAccess.dealId,
      set: { ownerId: values.ownerId, participantIds: values.participantIds, archived: values.archived, stateAt: values.stateAt },
      // Same organisation only: a deal id never moves between tenants.
      setWhere: sql`${dealAccess.stateAt} <= ${eventTime.toISOString()} AND ${dealAccess.organizationId} = ${data.organizationId}`,
    });
}
