import type { DealStage } from '@crm/contracts';
import type { Executor } from '@crm/platform';
import type { Text } from '@crm/texts';
import { and, eq } from 'drizzle-orm';
import { deals, type DealRow } from '../db/schema';
import { dealState } from './deal-access';
import { writeSystemEntry } from './journal-writer';
import type { ServiceDeps } from './service-deps';

/** The open stages in the order work goes through them; closed deals never move by themselves. */
const PIPELINE: readonly DealStage[] = ['NEW', 'CALCULATION', 'NEGOTIATION', 'ISSUING', 'ACTIVE'];

export type StageMove = { fromStage: DealStage; toStage: DealStage };

/**
 * Whether work that happened at `at` moves `deal` on to `to`: only forward along the pipeline, never
 * out of a closed stage, and never over a stage a person set after that work happened (ADR 0053).
 */
export function movesForward(deal: Pick<DealRow, 'stage' | 'stageSetByHandAt'>, to: DealStage, at: Date): boolean {
  const from = PIPELINE.indexOf(deal.stage);
  if (from < 0 || PIPELINE.indexOf(to) <= from) return false;
  return !deal.stageSetByHandAt || deal.stageSetByHandAt < at;
}

/**
 * Moves a deal on to `to` because of work done at `at` (inside `tx`, the deal locked here), noting the
 * move and its cause as a SYSTEM journal entry and publishing crm.deal.stage_changed with no actor.
 * The deal's version stays: a user's edit in flight is not refused because of it (ADR 0053).
 * Returns the deal as it now is, or null when it stays where it is.
 */
export async function advanceStage(
  tx: Executor,
  deps: ServiceDeps,
  deal: Pick<DealRow, 'id' | 'organizationId'>,
  to: DealStage,
  cause: (move: StageMove) => Text,
  at: Date = deps.clock(),
): Promise<DealRow | null> {
  const [current] = await tx
    .select()
    .from(deals)
    .where(and(eq(deals.id, deal.id), eq(deals.organizationId, deal.organizationId)))
    .for('update');
  if (!current || !movesForward(current, to, at)) return null;
  const [moved] = await tx.update(deals).set({ stage: to, updatedAt: deps.clock() }).where(eq(deals.id, current.id)).returning();
  await writeSystemEntry(tx, deps, current, cause({ fromStage: current.stage, toStage: to }));
  await deps.events.dealStageChanged(tx, await dealState(tx, moved!), current.stage, null);
  deps.logger.info({ dealId: current.id, from: current.stage, to }, 'deal stage moved on by itself');
  return moved!;
}
