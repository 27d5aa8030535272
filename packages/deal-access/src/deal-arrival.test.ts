import { randomUUID } from 'node:crypto';
import { timeOrderedId } from '@crm/platform';
import { dealArrivalDeadline } from './deal-arrival';

const now = Date.UTC(2026, 11, 2, 12, 0, 0);
const grace = 5_000;

describe('how long a read model may wait for a deal it has not heard of', () => {
  it('waits for a deal made a moment ago only for what is left of its grace period', () => {
    expect(dealArrivalDeadline(timeOrderedId(now - 1_000), now, grace)).toBe(now + 4_000);
    expect(dealArrivalDeadline(timeOrderedId(now), now, grace)).toBe(now + grace);
  });

  it('answers at once for a deal older than the grace period: its event would have arrived', () => {
    expect(dealArrivalDeadline(timeOrderedId(now - grace), now, grace)).toBeNull();
    expect(dealArrivalDeadline(timeOrderedId(now - 86_400_000), now, grace)).toBeNull();
  });

  it('answers at once for ids CRM never makes: random (v4) ones and ones dated far in the future', () => {
    expect(dealArrivalDeadline(randomUUID(), now, grace)).toBeNull();
    expect(dealArrivalDeadline(timeOrderedId(now + 60_000), now, grace)).toBeNull();
  });

  it('tolerates a clock of the deal a little ahead of its own, without waiting longer than the grace period', () => {
    expect(dealArrivalDeadline(timeOrderedId(now + 1_000), now, grace)).toBe(now + grace);
  });
});
