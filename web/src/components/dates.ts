import dayjs from 'dayjs';

/**
 * The organisation's time zone (CRM's `timeZone` setting, ADR 0046), set by the shell once `Me` has
 * loaded it; until then the browser's own zone. Days and times are shown in it, "today" is its day.
 */
let orgTimeZone: string | undefined;

export function setOrgTimeZone(timeZone: string | null | undefined): void {
  orgTimeZone = timeZone ?? undefined;
}

export function formatDay(day: string | null | undefined): string {
  return day ? dayjs(day).format('DD.MM.YYYY') : '—';
}

export function formatInstant(instant: string | null | undefined, intl = 'ru-RU'): string {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(intl, { timeZone: orgTimeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(instant));
}

/** Today in the organisation's time zone, as a calendar day (YYYY-MM-DD). */
export function orgToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: orgTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
