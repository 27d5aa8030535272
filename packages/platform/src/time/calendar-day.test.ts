import { addDays, dayIn, DEFAULT_TIME_ZONE, isDue, isoWeekday, isOverdue, isTimeZone, utcDay } from './calendar-day';

describe('calendar days', () => {
  it('takes the UTC day of an instant', () => {
    expect(utcDay(new Date('2026-03-11T23:30:00-05:00'))).toBe('2026-03-12');
  });

  it("takes the organisation's day of an instant in its zone, Moscow by default", () => {
    const earlyMorningInMoscow = new Date('2026-03-11T22:30:00Z'); // 01:30 on the 12th in Moscow
    expect(dayIn(DEFAULT_TIME_ZONE, earlyMorningInMoscow)).toBe('2026-03-12');
    expect(dayIn('UTC', earlyMorningInMoscow)).toBe('2026-03-11');
    expect(dayIn('America/New_York', earlyMorningInMoscow)).toBe('2026-03-11');
  });

  it('knows IANA zones and refuses anything else', () => {
    expect(isTimeZone('Asia/Vladivostok')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Moscow')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('is due on its day and after, overdue only after', () => {
    expect(isDue('2026-03-12', '2026-03-12')).toBe(true);
    expect(isDue('2026-03-13', '2026-03-12')).toBe(false);
    expect(isOverdue('2026-03-12', '2026-03-12')).toBe(false);
    expect(isOverdue('2026-03-11', '2026-03-12')).toBe(true);
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
