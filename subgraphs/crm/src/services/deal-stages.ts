import type { DealStage } from '@crm/contracts';

/** Where a deal may go from each stage; a closed deal can be reopened, a lost one from the start. */
export const STAGE_TRANSITIONS: Record<DealStage, readonly DealStage[]> = {
  NEW: ['CALCULATION', 'NEGOTIATION', 'CLOSED_LOST'],
  CALCULATION: ['NEW', 'NEGOTIATION', 'CLOSED_LOST'],
  NEGOTIATION: ['CALCULATION', 'ISSUING', 'CLOSED_LOST'],
  ISSUING: ['NEGOTIATION', 'ACTIVE', 'CLOSED_LOST'],
  ACTIVE: ['CLOSED_WON', 'CLOSED_LOST'],
  CLOSED_WON: ['ACTIVE'],
  CLOSED_LOST: ['NEW'],
};

export function canMove(from: DealStage, to: DealStage): boolean {
  return STAGE_TRANSITIONS[from].includes(to);
}
