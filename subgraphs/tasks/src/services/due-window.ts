import { dateString } from '@crm/contracts';
import { parseInput } from '@crm/platform';

export type TaskDue = 'OVERDUE' | 'TODAY' | 'THIS_WEEK';

/** A due-date window as inclusive calendar days; `before` is exclusive (overdue: before today). */
export type DueWindow = { before: string } | { from: string; to: string };

/** The calendar day of an instant in UTC: the default when the client does not say which day it is. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDay(date);
}

/** Windows are relative to the caller's day, so a user in Vladivostok and one in Kaliningrad each get their own "today". */
export function dueWindow(due: TaskDue, today: string | null | undefined, now: Date): DueWindow {
  const day = today ? parseInput(dateString, today, 'filter.today') : utcDay(now);
  if (due === 'OVERDUE') return { before: day };
  if (due === 'TODAY') return { from: day, to: day };
  // ISO week: Monday is the first day (getUTCDay: Sunday = 0).
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(day, -weekday);
  return { from: monday, to: addDays(monday, 6) };
}
