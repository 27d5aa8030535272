import { utcDay } from '@crm/platform';
import { dueWindow } from './due-window';

const now = new Date('2026-03-11T22:30:00Z'); // a Wednesday in UTC

describe('due windows', () => {
  it('defaults "today" to the UTC calendar day of now', () => {
    expect(utcDay(now)).toBe('2026-03-11');
    expect(dueWindow('TODAY', undefined, now)).toEqual({ from: '2026-03-11', to: '2026-03-11' });
  });

  it('uses the day the client gives (its own time zone)', () => {
    expect(dueWindow('TODAY', '2026-03-12', now)).toEqual({ from: '2026-03-12', to: '2026-03-12' });
    expect(dueWindow('OVERDUE', '2026-03-12', now)).toEqual({ before: '2026-03-12' });
  });

  it('this week runs Monday to Sunday of the ISO week, across month ends', () => {
    expect(dueWindow('THIS_WEEK', '2026-03-11', now)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(dueWindow('THIS_WEEK', '2026-03-09', now)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(dueWindow('THIS_WEEK', '2026-03-15', now)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(dueWindow('THIS_WEEK', '2026-04-01', now)).toEqual({ from: '2026-03-30', to: '2026-04-05' });
  });

  it('rejects a malformed day naming the field', () => {
    expect(() => dueWindow('TODAY', '2026-13-01', now)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'filter.today' }) }));
  });
});
