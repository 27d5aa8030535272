/** Injected so tests can move time (review dates, the review-due job) without waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The calendar day of `now` in UTC, `YYYY-MM-DD`. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative goes back), on the calendar, free of time zones. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}
