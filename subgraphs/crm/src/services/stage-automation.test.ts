import { movesForward } from './stage-automation';

describe('a deal moves on by itself', () => {
  const at = new Date('2027-01-10T10:00:00Z');

  it('only forward along the pipeline, skipping stages when the work is further on', () => {
    expect(movesForward({ stage: 'NEW', stageSetByHandAt: null }, 'CALCULATION', at)).toBe(true);
    expect(movesForward({ stage: 'NEW', stageSetByHandAt: null }, 'ACTIVE', at)).toBe(true);
    expect(movesForward({ stage: 'NEGOTIATION', stageSetByHandAt: null }, 'CALCULATION', at)).toBe(false);
    expect(movesForward({ stage: 'ISSUING', stageSetByHandAt: null }, 'ISSUING', at)).toBe(false);
  });

  it('never out of a closed stage', () => {
    expect(movesForward({ stage: 'CLOSED_LOST', stageSetByHandAt: null }, 'ACTIVE', at)).toBe(false);
    expect(movesForward({ stage: 'CLOSED_WON', stageSetByHandAt: null }, 'ACTIVE', at)).toBe(false);
  });

  it('never over a stage a person set after the work happened (an event that arrives late)', () => {
    const byHand = (iso: string) => ({ stage: 'NEW' as const, stageSetByHandAt: new Date(iso) });
    expect(movesForward(byHand('2027-01-10T10:00:01Z'), 'CALCULATION', at)).toBe(false);
    expect(movesForward(byHand('2027-01-10T10:00:00Z'), 'CALCULATION', at)).toBe(false);
    expect(movesForward(byHand('2027-01-10T09:59:59Z'), 'CALCULATION', at)).toBe(true);
  });
});
