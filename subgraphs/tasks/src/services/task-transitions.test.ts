import fc from 'fast-check';
import { canTransition, REOPENABLE, TASK_TRANSITIONS } from './task-transitions';
import { taskStatusSchema } from './task-values';

const statuses = taskStatusSchema.options;

describe('task status transitions', () => {
  it('follows NEW → IN_PROGRESS → DONE, with CANCELLED reachable from every open status', () => {
    expect(canTransition('NEW', 'IN_PROGRESS')).toBe(true);
    expect(canTransition('IN_PROGRESS', 'DONE')).toBe(true);
    expect(canTransition('NEW', 'CANCELLED')).toBe(true);
    expect(canTransition('IN_PROGRESS', 'CANCELLED')).toBe(true);
  });

  it('never leaves DONE or CANCELLED: only reopenTask does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REOPENABLE), fc.constantFrom(...statuses), (from, to) => {
        expect(canTransition(from, to)).toBe(false);
      }),
    );
  });

  it('never allows staying in place (a no-op is not a transition)', () => {
    for (const status of statuses) expect(canTransition(status, status)).toBe(false);
  });

  it('covers every status', () => {
    expect(Object.keys(TASK_TRANSITIONS).sort()).toEqual([...statuses].sort());
  });
});
