import { parseEventData } from '@crm/contracts';
import { findWhileArriving } from '@crm/deal-access';
import type { Db } from '@crm/platform';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { and, eq } from 'drizzle-orm';
import type { TasksConfig } from '../config';
import { dealCalculations } from '../db/schema';

const CALCULATION_EVENTS = ['crm.calculation.added', 'crm.calculation.updated', 'crm.calculation.chosen'] as const;

/**
 * Which deal a calculation belongs to, learnt from CRM's calculation events (never from CRM's tables;
 * ADR 0073). Like deals (ADR 0051), a calculation made moments ago that has not arrived yet is waited
 * for while it is young (CRM makes calculation ids time-ordered); any other unknown id is answered at once.
 */
export function createDealCalculationsService(deps: { db: Db; config: TasksConfig }) {
  async function find(organizationId: string, calculationId: string): Promise<string | null> {
    const [row] = await deps.db
      .select({ dealId: dealCalculations.dealId })
      .from(dealCalculations)
      .where(and(eq(dealCalculations.organizationId, organizationId), eq(dealCalculations.calculationId, calculationId)));
    return row?.dealId ?? null;
  }

  /** The calculation's deal id, or null when the organisation has no such calculation. */
  function dealOf(organizationId: string, calculationId: string): Promise<string | null> {
    return findWhileArriving(calculationId, () => find(organizationId, calculationId), {
      graceMs: deps.config.dealAccessWaitMs,
      pollMs: deps.config.dealAccessPollMs,
    });
  }

  function consumer(name: string): ConsumerDefinition {
    return {
      name,
      events: [...CALCULATION_EVENTS],
      async handle(envelope, tx) {
        const type = envelope.type as (typeof CALCULATION_EVENTS)[number];
        const calculation = parseEventData(type, envelope.data);
        await tx
          .insert(dealCalculations)
          .values({ calculationId: calculation.calculationId, organizationId: calculation.organizationId, dealId: calculation.dealId })
          .onConflictDoNothing();
      },
    };
  }

  return { dealOf, consumer };
}

export type DealCalculationsService = ReturnType<typeof createDealCalculationsService>;
