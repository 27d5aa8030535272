import { addDays, isoWeekday, utcDay } from './calendar-day';

describe('calendar days', () => {
  it('takes the UTC day of an instant', () => {
    expect(utcDay(new Date('2026-03-11T23:30:00-05:00'))).toBe('2026-03-12');
  });

  it('moves across month, year and leap-day boundaries in both directions', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
  });

  it('counts weekdays from Monday', () => {
    expect(isoWeekday('2026-03-09')).toBe(0);
    expect(isoWeekday('2026-03-15')).toBe(6);
  });
});
