import { inQuietHours, minutesOfDay } from './quiet-hours';

describe('quiet hours on the organisation clock', () => {
  const moscow = 'Europe/Moscow';
  // 19:30 UTC is 22:30 in Moscow (UTC+3 all year).
  const lateEvening = new Date('2026-01-10T19:30:00Z');
  const morning = new Date('2026-01-10T05:30:00Z'); // 08:30 Moscow

  it('reads the wall clock of the time zone, not UTC', () => {
    expect(minutesOfDay(lateEvening, moscow)).toBe(22 * 60 + 30);
    expect(minutesOfDay(lateEvening, 'UTC')).toBe(19 * 60 + 30);
  });

  it('wraps a window past midnight; the end is exclusive', () => {
    const night = { start: '22:00', end: '08:00' };
    expect(inQuietHours(lateEvening, moscow, night)).toBe(true);
    expect(inQuietHours(lateEvening, 'UTC', night)).toBe(false);
    expect(inQuietHours(morning, moscow, night)).toBe(false);
    expect(inQuietHours(new Date('2026-01-10T04:59:00Z'), moscow, night)).toBe(true);
  });

  it('a daytime window, none, or an empty one', () => {
    expect(inQuietHours(morning, moscow, { start: '08:00', end: '09:00' })).toBe(true);
    expect(inQuietHours(morning, moscow, null)).toBe(false);
    expect(inQuietHours(morning, moscow, { start: '08:30', end: '08:30' })).toBe(false);
  });
});
