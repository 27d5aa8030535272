/** Injected so tests can move time (overdue instalments) without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The calendar day `now` falls on in `timeZone`, as `YYYY-MM-DD` (due dates are calendar days). */
export function calendarDay(now: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
