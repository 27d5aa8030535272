import { dateString } from '@crm/contracts';
import { addDays, isoWeekday, parseInput } from '@crm/platform';

export type TaskDue = 'OVERDUE' | 'TODAY' | 'THIS_WEEK';

/** A due-date window as inclusive calendar days; `before` is exclusive (overdue: before today). */
export type DueWindow = { before: string } | { from: string; to: string };

/**
 * Windows sit on the organisation's today (`orgToday`, in its time zone: ADR 0046), or on the day the
 * filter names instead, for planning ahead ("what is due on Monday").
 */
export function dueWindow(due: TaskDue, today: string | null | undefined, orgToday: string): DueWindow {
  const day = today ? parseInput(dateString, today, 'filter.today') : orgToday;
  if (due === 'OVERDUE') return { before: day };
  if (due === 'TODAY') return { from: day, to: day };
  const monday = addDays(day, -isoWeekday(day));
  return { from: monday, to: addDays(monday, 6) };
}
