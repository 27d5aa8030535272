/** `HH:MM`, 00:00–23:59. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since midnight of `now` on the wall clock of `timeZone`. */
export function minutesOfDay(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
}

export const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether `now` falls in the quiet hours [start, end) on the organisation's clock. A window past
 * midnight (22:00–08:00) wraps; start = end means no quiet hours.
 */
export function inQuietHours(now: Date, timeZone: string, window: { start: string; end: string } | null): boolean {
  if (!window) return false;
  const [at, start, end] = [minutesOfDay(now, timeZone), toMinutes(window.start), toMinutes(window.end)];
  if (start === end) return false;
  return start < end ? at >= start && at < end : at >= start || at < end;
}
