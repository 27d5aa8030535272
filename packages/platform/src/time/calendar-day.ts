/**
 * Calendar days as `YYYY-MM-DD` strings and the organisation's day: the one home for day math (ADR 0046).
 * Free of Node and database imports, so the web app and the bot can use it as it is.
 */

/** The zone an organisation works in until an admin sets another (CRM's `timeZone` setting). */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

/** Whether `name` is an IANA time zone this runtime knows (`Europe/Moscow`, `Asia/Vladivostok`, `UTC`). */
export function isTimeZone(name: string): boolean {
  if (!name.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day `instant` falls on in `timeZone`: the organisation's "today" when `instant` is now. */
export function dayIn(timeZone: string, instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The calendar day of an instant in UTC, `YYYY-MM-DD`. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** A day-bound thing (a review date, a task's due date) is due once its day has come: on or before `today`. */
export function isDue(day: string, today: string): boolean {
  return day <= today;
}

/** Overdue: its day has passed, strictly before `today`. */
export function isOverdue(day: string, today: string): boolean {
  return day < today;
}

/** `day` moved by `days` (negative goes back), on the calendar. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDay(date);
}

/** Days since the ISO week's Monday: Monday 0 … Sunday 6. */
export function isoWeekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}
