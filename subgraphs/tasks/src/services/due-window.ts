import { dateString } from '@crm/contracts';
import { addDays, isoWeekday, parseInput, utcDay } from '@crm/platform';

export type TaskDue = 'OVERDUE' | 'TODAY' | 'THIS_WEEK';

/** A due-date window as inclusive calendar days; `before` is exclusive (overdue: before today). */
export type DueWindow = { before: string } | { from: string; to: string };

/** Windows are relative to the caller's day, so a user in Vladivostok and one in Kaliningrad each get their own "today". */
export function dueWindow(due: TaskDue, today: string | null | undefined, now: Date): DueWindow {
  const day = today ? parseInput(dateString, today, 'filter.today') : utcDay(now);
  if (due === 'OVERDUE') return { before: day };
  if (due === 'TODAY') return { from: day, to: day };
  const monday = addDays(day, -isoWeekday(day));
  return { from: monday, to: addDays(monday, 6) };
}
