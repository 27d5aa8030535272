import { dayIn, DEFAULT_TIME_ZONE } from '@crm/platform';
import { dueWindow } from './due-window';

const now = new Date('2026-03-11T22:30:00Z'); // 01:30 on Thursday the 12th in Moscow, still Wednesday in UTC
const orgToday = dayIn(DEFAULT_TIME_ZONE, now);

describe('due windows', () => {
  it("sit on the organisation's today, not the UTC day", () => {
    expect(orgToday).toBe('2026-03-12');
    expect(dueWindow('TODAY', undefined, orgToday)).toEqual({ from: '2026-03-12', to: '2026-03-12' });
    expect(dueWindow('OVERDUE', undefined, orgToday)).toEqual({ before: '2026-03-12' });
  });

  it('use the day the filter names instead, for planning ahead', () => {
    expect(dueWindow('TODAY', '2026-03-16', orgToday)).toEqual({ from: '2026-03-16', to: '2026-03-16' });
    expect(dueWindow('OVERDUE', '2026-03-16', orgToday)).toEqual({ before: '2026-03-16' });
  });

  it('this week runs Monday to Sunday of the ISO week, across month ends', () => {
    expect(dueWindow('THIS_WEEK', '2026-03-11', orgToday)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(dueWindow('THIS_WEEK', '2026-03-09', orgToday)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(dueWindow('THIS_WEEK', '2026-03-15', orgToday)).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(dueWindow('THIS_WEEK', '2026-04-01', orgToday)).toEqual({ from: '2026-03-30', to: '2026-04-05' });
  });

  it('rejects a malformed day naming the field', () => {
    expect(() => dueWindow('TODAY', '2026-13-01', orgToday)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'filter.today' }) }));
  });
});
